import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isOverdue, supportIsOpen, supportWindowEnd } from '#domain';
import { SignedIn } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentActor, OptionalActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { toInitiativeType } from '../initiative/dto/to-initiative-type.js';
import { SupportRepository } from './support.repository.js';
import { SupportService } from './support.service.js';
import { viewerFlag } from '../../common/graphql/loaders.js';

/** Support mutations and the support/deadline fields of an initiative. */
@Resolver(() => InitiativeType)
export class SupportResolver {
  constructor(
    private readonly service: SupportService,
    private readonly supports: SupportRepository,
  ) {}

  @Mutation(() => InitiativeType, { description: 'Support an initiative (once per person; not your own).' })
  @SignedIn()
  async supportInitiative(@Args('id', { type: () => ID }, ParseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<InitiativeType> {
    return toInitiativeType(await this.service.support(actor, id));
  }

  @Mutation(() => InitiativeType, { description: 'Take back your support while support is open.' })
  @SignedIn()
  async withdrawSupport(@Args('id', { type: () => ID }, ParseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<InitiativeType> {
    return toInitiativeType(await this.service.withdraw(actor, id));
  }

  @ResolveField(() => Int, { description: 'Supports needed for a guaranteed answer.' })
  supportThreshold(@Context() ctx: GraphqlContext): number {
    return ctx.req.municipality!.supportThreshold;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When support closes (window after publication).' })
  supportClosesAt(@Parent() initiative: InitiativeType, @Context() ctx: GraphqlContext): Date | null {
    return initiative.publishedAt ? supportWindowEnd(initiative.publishedAt, ctx.req.municipality!.supportWindowDays) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether support can be given or withdrawn now.' })
  supportOpen(@Parent() initiative: InitiativeType, @Context() ctx: GraphqlContext): boolean {
    return (
      !initiative.hidden && supportIsOpen(initiative.status, initiative.publishedAt, ctx.req.municipality!.supportWindowDays, new Date())
    );
  }

  @ResolveField(() => Boolean, { description: 'Whether you support it.' })
  async viewerSupports(
    @Parent() initiative: InitiativeType,
    @OptionalActor() actor: Actor | null,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    return viewerFlag(ctx, actor, 'viewerSupports', initiative.id, async (userId, ids) => {
      const found = await this.supports.supportedBy(userId, ids);
      return new Map(ids.map((id) => [id, found.has(id)]));
    });
  }

  @ResolveField(() => Boolean, { description: 'The first answer is late (shown to everyone).' })
  firstResponseOverdue(@Parent() initiative: InitiativeType): boolean {
    return isOverdue(initiative.firstResponseDueOn, initiative.firstResponseAt, new Date());
  }

  @ResolveField(() => Boolean, { description: 'The decision is late (shown to everyone).' })
  decisionOverdue(@Parent() initiative: InitiativeType): boolean {
    return isOverdue(initiative.decisionDueOn, initiative.decidedAt, new Date());
  }
}
