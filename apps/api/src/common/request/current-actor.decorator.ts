import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { unauthenticated } from '../errors/app-error.js';
import type { MunicipalityEntity } from '../../modules/municipality/municipality.entity.js';
import type { Actor } from './request-types.js';

function contextOf(ctx: ExecutionContext): GraphqlContext {
  return GqlExecutionContext.create(ctx).getContext<GraphqlContext>();
}

/** The signed-in person or null (for public fields that show more to the signed-in). */
export const OptionalActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => contextOf(ctx).req.actor ?? null);

/** The signed-in person; the access guard has already refused anonymous calls. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = contextOf(ctx).req.actor;
  if (!actor) {
    throw unauthenticated();
  }
  return actor;
});

/** The municipality this request belongs to (resolved from host, header or the only one). */
export const CurrentMunicipality = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): MunicipalityEntity => contextOf(ctx).req.municipality as MunicipalityEntity,
);
