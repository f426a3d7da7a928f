import type { Response } from 'express';
import type { DialoogRequest } from '../request/request-types.js';
import type { Loaders } from './loaders.js';

export interface GraphqlContext {
  req: DialoogRequest;
  res: Response;
  loaders: Loaders;
}

/**
 * The arguments GraphQL passes to a field that takes none. Field resolvers that run once per item
 * of a page (author, theme, neighbourhood of 20 initiatives) are written as
 * `field(parent, _args: NoArgs, ctx: GraphqlContext)` without parameter decorators: @nestjs/graphql
 * then calls them directly with GraphQL's arguments instead of through Nest's per-call parameter
 * pipeline (pipes, several promises per call). Only for fields without arguments: a field with
 * arguments keeps @Args so that the validation pipe checks them.
 */
export type NoArgs = Record<string, never>;
