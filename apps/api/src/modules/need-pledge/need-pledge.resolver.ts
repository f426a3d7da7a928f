import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole, SignedIn } from '../../common/access/access-rule.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { FulfilInput, NeedInput, NeedType, PledgeInput, PledgeType } from './dto/need.type.js';
import { MatchingBudgetInput, MatchingBudgetType, MatchingRulesInput, MatchingRulesType } from './dto/matching.type.js';
import { MatchingBudgetRepository } from './matching-budget.repository.js';
import { MatchingSettingsService } from './matching-settings.service.js';
import { NeedService } from './need.service.js';
import type { NeedRow, NeedValues } from './need.repository.js';
import { PledgeRepository, type PledgeRow } from './pledge.repository.js';
import { PledgeService } from './pledge.service.js';

const idArg = (name = 'id'): ParameterDecorator => Args(name, { type: () => ID }, ParseIdPipe);

export function toNeedType(row: NeedRow): NeedType {
  return Object.assign(new NeedType(), row, { open: row.capacity - row.pledged });
}

export function toPledgeType(row: PledgeRow): PledgeType {
  return Object.assign(new PledgeType(), row);
}

function needValues(input: NeedInput): NeedValues {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description ?? '',
    startsAt: input.startsAt ?? null,
    endsAt: input.endsAt ?? null,
    place: input.place ?? null,
    skills: input.skills ?? null,
    dueOn: input.dueOn ?? null,
    hoursEstimate: input.hoursEstimate ?? null,
    unit: input.unit ?? null,
    capacity: input.kind === 'space' ? 1 : input.capacity,
  };
}

/** Needs, pledges and matching budgets. */
@Resolver()
export class NeedPledgeResolver {
  constructor(
    private readonly needs: NeedService,
    private readonly pledges: PledgeService,
    private readonly pledgeRows: PledgeRepository,
    private readonly budgets: MatchingBudgetRepository,
    private readonly matchingSettings: MatchingSettingsService,
  ) {}

  @Mutation(() => NeedType, { description: 'Author or staff: add what the initiative needs.' })
  @SignedIn()
  async addNeed(
    @idArg('initiativeId') initiativeId: string,
    @Args('input') input: NeedInput,
    @CurrentActor() actor: Actor,
  ): Promise<NeedType> {
    return toNeedType(await this.needs.add(actor, initiativeId, needValues(input)));
  }

  @Mutation(() => NeedType, { description: 'Author or staff: change a need (never below what is pledged).' })
  @SignedIn()
  async updateNeed(@idArg() id: string, @Args('input') input: NeedInput, @CurrentActor() actor: Actor): Promise<NeedType> {
    return toNeedType(await this.needs.update(actor, id, needValues(input)));
  }

  @Mutation(() => PledgeType, { description: 'Offer people, hours, pieces or money to a need.' })
  @SignedIn()
  async pledge(@idArg('needId') needId: string, @Args('input') input: PledgeInput, @CurrentActor() actor: Actor): Promise<PledgeType> {
    return toPledgeType(await this.pledges.pledge(actor, needId, input.amount, input.note ?? null, input.organisationId ?? null));
  }

  @Mutation(() => PledgeType, { description: 'The pledger cancels (before the shift starts).' })
  @SignedIn()
  async cancelPledge(@idArg() id: string, @CurrentActor() actor: Actor): Promise<PledgeType> {
    return toPledgeType(await this.pledges.cancel(actor, id));
  }

  @Mutation(() => PledgeType, { description: 'The initiator confirms a pledge (money is matched now).' })
  @SignedIn()
  async confirmPledge(@idArg() id: string, @CurrentActor() actor: Actor): Promise<PledgeType> {
    return toPledgeType(await this.pledges.confirm(actor, id));
  }

  @Mutation(() => PledgeType, { description: 'The initiator records the delivery (hours are matched now).' })
  @SignedIn()
  async recordPledgeFulfilled(@idArg() id: string, @Args('input') input: FulfilInput, @CurrentActor() actor: Actor): Promise<PledgeType> {
    return toPledgeType(await this.pledges.fulfil(actor, id, input.hours ?? null));
  }

  @Mutation(() => PledgeType, { description: 'The initiator records that the volunteer did not come.' })
  @SignedIn()
  async markPledgeNoShow(@idArg() id: string, @CurrentActor() actor: Actor): Promise<PledgeType> {
    return toPledgeType(await this.pledges.markNoShow(actor, id));
  }

  @Query(() => [PledgeType], { description: 'Your own pledges, newest first.' })
  @SignedIn()
  async myPledges(@CurrentActor() actor: Actor): Promise<PledgeType[]> {
    return (await this.pledgeRows.ofUser(actor.municipalityId, actor.userId)).map(toPledgeType);
  }

  @Mutation(() => MatchingBudgetType, { description: 'Admins: the matching budget of a neighbourhood for a year.' })
  @RequireRole('admin')
  async setMatchingBudget(@Args('input') input: MatchingBudgetInput, @CurrentActor() actor: Actor): Promise<MatchingBudgetType> {
    return this.matchingSettings.setBudget(actor, input.neighbourhoodId, input.year, input.budgetCents);
  }

  @Query(() => MatchingRulesType, { description: 'Admins: the matching rules now in force.' })
  @RequireRole('admin')
  matchingRules(@CurrentActor() actor: Actor): Promise<MatchingRulesType> {
    return this.budgets.rulesOf(actor.municipalityId);
  }

  @Mutation(() => MatchingRulesType, { description: 'Admins: the matching rules (ratio for money, value of an hour, cap per initiative).' })
  @RequireRole('admin')
  setMatchingRules(@Args('input') input: MatchingRulesInput, @CurrentActor() actor: Actor): Promise<MatchingRulesType> {
    return this.matchingSettings.setRules(actor, input);
  }
}
