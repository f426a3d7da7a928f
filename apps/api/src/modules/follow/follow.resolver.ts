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
    if (!actor) {
      return false;
    }
    const state = await ctx.loaders
      .for('viewerFollowsInitiative', async (ids) => {
        const [explicit, automatic] = await Promise.all([
          this.follows.explicit(actor.userId, 'initiative', ids),
          this.follows.automatic(actor.userId, ids),
        ]);
        return new Map(ids.map((id) => [id, follows({ automatic: automatic.has(id), explicit: explicit.get(id) ?? null })]));
      })
      .load(initiative.id);
    return state ?? false;
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
    if (!actor) {
      return false;
    }
    const state = await ctx.loaders
      .for('viewerFollowsNeighbourhood', (ids) => this.follows.explicit(actor.userId, 'neighbourhood', ids))
      .load(neighbourhood.id);
    return state ?? false;
  }
}
