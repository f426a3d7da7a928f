import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../common/access/access-rule.js';
import { notFound } from '../../common/errors/app-error.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { indexBy } from '../../common/graphql/loaders.js';
import { pageSize } from '../../common/pagination/pagination.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { OrganisationType } from '../organisation/organisation.type.js';
import { PledgeType } from './dto/need.type.js';
import { toPledgeType } from './need-pledge.resolver.js';
import { PledgeRepository } from './pledge.repository.js';

const STAFF = ['facilitator', 'admin'] as const;

/** Offers from partner organisations, for facilitators to acknowledge; and the partner behind a pledge. */
@Resolver(() => PledgeType)
export class PartnerOfferResolver {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly pledges: PledgeRepository,
  ) {}

  @Query(() => [PledgeType], { description: 'Facilitators: offers from partners not yet acknowledged, oldest first.' })
  @RequireRole(...STAFF)
  async partnerOffers(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ): Promise<PledgeType[]> {
    const ids = await this.organisations.openOffers(actor.municipalityId, pageSize(first));
    const rows = await this.pledges.findMany(
      actor.municipalityId,
      ids.map((r) => r.id),
    );
    return rows.map(toPledgeType);
  }

  @Mutation(() => Boolean, { description: 'Facilitators: acknowledge a partner’s offer.' })
  @RequireRole(...STAFF)
  async acknowledgePartnerOffer(
    @Args('pledgeId', { type: () => ID }, ParseIdPipe) pledgeId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    if (!(await this.organisations.acknowledge(actor.municipalityId, pledgeId))) {
      throw notFound();
    }
    return true;
  }

  @ResolveField(() => OrganisationType, { nullable: true, description: 'The partner this pledge is made for, if any.' })
  async organisation(@Parent() pledge: PledgeType, @Context() ctx: GraphqlContext): Promise<OrganisationType | null> {
    if (!pledge.organisationId) {
      return null;
    }
    const municipalityId = ctx.req.municipality!.id;
    return ctx.loaders
      .for('organisation', async (ids) => indexBy(await this.organisations.byIds(municipalityId, ids), (o) => o.id))
      .load(pledge.organisationId);
  }
}
