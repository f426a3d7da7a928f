import type DataLoader from 'dataloader';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { indexBy } from '../../common/graphql/loaders.js';
import type { Person, UserRepository } from './user.repository.js';

/** People of the request's municipality by id, batched per request. */
export function personLoader(ctx: GraphqlContext, users: UserRepository): DataLoader<string, Person | null> {
  const municipalityId = ctx.req.municipality!.id;
  return ctx.loaders.for('person', async (ids) => indexBy(await users.peopleByIds(municipalityId, ids), (u) => u.id));
}
