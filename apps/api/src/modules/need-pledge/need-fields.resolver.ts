import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { groupBy, indexBy } from '../../common/graphql/loaders.js';
import { OptionalActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { PersonType } from '../auth/dto/user.type.js';
import { personLoader } from '../auth/person.loader.js';
import { UserRepository } from '../auth/user.repository.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { toInitiativeType } from '../initiative/dto/to-initiative-type.js';
import { notFound } from '../../common/errors/app-error.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { NeighbourhoodType } from '../municipality/dto/municipality.type.js';
import { ImpactType, MatchingBudgetType } from './dto/matching.type.js';
import { NeedType, PledgeType } from './dto/need.type.js';
import { MatchingBudgetRepository } from './matching-budget.repository.js';
import { toNeedType, toPledgeType } from './need-pledge.resolver.js';
import { NeedRepository, type NeedRow } from './need.repository.js';
import { PledgeRepository, type PledgeRow } from './pledge.repository.js';

/** Needs and impact on an initiative (batched per request). */
@Resolver(() => InitiativeType)
export class InitiativeNeedsResolver {
  constructor(
    private readonly needRows: NeedRepository,
    private readonly budgets: MatchingBudgetRepository,
  ) {}

  @ResolveField(() => [NeedType], { description: 'What the initiative needs: people, materials, space, money.' })
  async needs(@Parent() initiative: InitiativeType, @Context() ctx: GraphqlContext): Promise<NeedType[]> {
    const municipalityId = ctx.req.municipality!.id;
    const rows = await ctx.loaders
      .forMany<NeedRow>('needs', async (ids) => groupBy(await this.needRows.ofInitiatives(municipalityId, ids), (n) => n.initiativeId))
      .load(initiative.id);
    return rows.map(toNeedType);
  }

  @ResolveField(() => ImpactType, { description: 'The crowd brought X, the municipality adds Y.' })
  async impact(@Parent() initiative: InitiativeType, @Context() ctx: GraphqlContext): Promise<ImpactType> {
    const found = await ctx.loaders.for('impact', (ids) => this.budgets.impactOf(ids)).load(initiative.id);
    return found ?? { crowdMoneyCents: 0, deliveredHours: 0, matchedCents: 0 };
  }
}

/** Who pledged to a need: visible to the initiator and staff only. */
@Resolver(() => NeedType)
export class NeedPledgesResolver {
  constructor(
    private readonly pledgeRows: PledgeRepository,
    private readonly initiatives: InitiativeRepository,
  ) {}

  @ResolveField(() => InitiativeType, { description: 'The initiative this need belongs to.' })
  async initiative(
    @Parent() need: NeedType,
    @OptionalActor() actor: Actor | null,
    @Context() ctx: GraphqlContext,
  ): Promise<InitiativeType> {
    const municipalityId = ctx.req.municipality!.id;
    const row = await ctx.loaders
      .for('needInitiative', async (ids) =>
        indexBy(await this.initiatives.findManyVisible(municipalityId, ids, viewerOf(actor)), (i) => i.id),
      )
      .load(need.initiativeId);
    if (!row) {
      throw notFound();
    }
    return toInitiativeType(row);
  }

  @ResolveField(() => [PledgeType], { description: 'Pledges to this need (initiator and staff only; empty for others).' })
  async pledges(@Parent() need: NeedType, @OptionalActor() actor: Actor | null, @Context() ctx: GraphqlContext): Promise<PledgeType[]> {
    if (!actor) {
      return [];
    }
    const municipalityId = actor.municipalityId;
    const initiative = await ctx.loaders
      .for('needInitiative', async (ids) =>
        indexBy(await this.initiatives.findManyVisible(municipalityId, ids, viewerOf(actor)), (i) => i.id),
      )
      .load(need.initiativeId);
    if (!initiative || (initiative.authorId !== actor.userId && actor.role === 'resident')) {
      return [];
    }
    const rows = await ctx.loaders
      .forMany<PledgeRow>('needPledges', async (ids) => groupBy(await this.pledgeRows.ofNeeds(municipalityId, ids), (p) => p.needId))
      .load(need.id);
    return rows.map(toPledgeType);
  }
}

@Resolver(() => PledgeType)
export class PledgeFieldsResolver {
  constructor(
    private readonly needs: NeedRepository,
    private readonly users: UserRepository,
  ) {}

  @ResolveField(() => NeedType)
  async need(@Parent() pledge: PledgeType, @Context() ctx: GraphqlContext): Promise<NeedType> {
    const municipalityId = ctx.req.municipality!.id;
    const row = await ctx.loaders
      .for('need', async (ids) => indexBy(await this.needs.findMany(municipalityId, ids), (n) => n.id))
      .load(pledge.needId);
    return toNeedType(row!);
  }

  @ResolveField(() => PersonType, { description: 'Who pledged.' })
  async volunteer(@Parent() pledge: PledgeType, @Context() ctx: GraphqlContext): Promise<PersonType> {
    const user = await personLoader(ctx, this.users).load(pledge.userId);
    return toPersonType(user ?? { id: pledge.userId, displayName: '?' });
  }
}

@Resolver(() => NeighbourhoodType)
export class NeighbourhoodBudgetResolver {
  constructor(private readonly budgets: MatchingBudgetRepository) {}

  @ResolveField(() => MatchingBudgetType, { nullable: true, description: 'Matching budget used and left in a year (default: this year).' })
  async matchingBudget(
    @Parent() neighbourhood: NeighbourhoodType,
    @Args('year', { type: () => Int, nullable: true }) year: number | undefined,
    @Context() ctx: GraphqlContext,
  ): Promise<MatchingBudgetType | null> {
    const y = year ?? new Date().getUTCFullYear();
    return ctx.loaders.for(`budget:${y}`, (ids) => this.budgets.ofNeighbourhoods(ids, y)).load(neighbourhood.id);
  }
}
