import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { RateLimiter } from './rate-limiter.service.js';

/** Counts every mutation field of a signed-in person against `mutationsPerUser`. */
@Injectable()
export class MutationRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: RateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') {
      return true;
    }
    const gql = GqlExecutionContext.create(context);
    const { req, res } = gql.getContext<GraphqlContext>();
    if (gql.getInfo<{ parentType: { name: string } }>().parentType.name !== 'Mutation' || !req.actor) {
      return true;
    }
    await this.limiter.enforce('mutationsPerUser', req.actor.userId, res);
    return true;
  }
}
