import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { follows, type FollowTarget } from '#domain';
import { SignedIn } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentActor, OptionalActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { NeighbourhoodType } from '../municipality/dto/municipality.type.js';
import { FollowRepository } from './follow.repository.js';
import { FollowService } from './follow.service.js';
import { viewerFlag } from '../../common/graphql/loaders.js';

export enum FollowTargetValue {
  INITIATIVE = 'initiative',
  NEIGHBOURHOOD = 'neighbourhood',
}
registerEnumType(FollowTargetValue, { name: 'FollowTarget' });

@Resolver()
export class FollowResolver {
  constructor(private readonly service: FollowService) {}

  @Mutation(() => Boolean, { description: 'Follow an initiative or a neighbourhood (new initiatives there). Returns true.' })
  @SignedIn()
  follow(
    @Args('targetType', { type: () => FollowTargetValue }) targetType: FollowTarget,
    @Args('targetId', { type: () => ID }, ParseIdPipe) targetId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    return this.service.set(actor, targetType, targetId, true);
  }

  @Mutation(() => Boolean, {
    description: 'Stop following (also what you follow automatically as author, supporter or helper). Returns false.',
  })
  @SignedIn()
  unfollow(
    @Args('targetType', { type: () => FollowTargetValue }) targetType: FollowTarget,
    @Args('targetId', { type: () => ID }, ParseIdPipe) targetId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    return this.service.set(actor, targetType, targetId, false);
  }
}

@Resolver(() => InitiativeType)
export class InitiativeFollowResolver {
  constructor(private readonly follows: FollowRepository) {}

  @ResolveField(() => Boolean, { description: 'Whether you get notifications about it (automatic for author, supporters and helpers).' })
  async viewerFollows(
    @Parent() initiative: InitiativeType,
    @OptionalActor() actor: Actor | null,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    return viewerFlag(ctx, actor, 'viewerFollowsInitiative', initiative.id, async (userId, ids) => {
      const [explicit, automatic] = await Promise.all([
        this.follows.explicit(userId, 'initiative', ids),
        this.follows.automatic(userId, ids),
      ]);
      return new Map(ids.map((id) => [id, follows({ automatic: automatic.has(id), explicit: explicit.get(id) ?? null })]));
    });
  }
}

@Resolver(() => NeighbourhoodType)
export class NeighbourhoodFollowResolver {
  constructor(private readonly follows: FollowRepository) {}

  @ResolveField(() => Boolean, { description: 'Whether you hear about new initiatives in this neighbourhood.' })
  async viewerFollows(
    @Parent() neighbourhood: NeighbourhoodType,
    @OptionalActor() actor: Actor | null,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    return viewerFlag(ctx, actor, 'viewerFollowsNeighbourhood', neighbourhood.id, (userId, ids) =>
      this.follows.explicit(userId, 'neighbourhood', ids),
    );
  }
}
