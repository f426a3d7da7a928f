import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs } from '../../common/graphql/graphql-context.js';
import { InitiativeConnectionType, TOTAL_COUNT_CAP } from './dto/initiative-connection.type.js';

/**
 * The count fields of a page of initiatives: the count statement runs only when one of them is asked for.
 * Undecorated (parent, args) parameters: asked on every list page, see NoArgs.
 */
@Resolver(() => InitiativeConnectionType)
export class InitiativeConnectionResolver {
  @ResolveField(() => Int, {
    description: `How many initiatives match, counted up to ${TOTAL_COUNT_CAP}. Exact when totalCountIsExact; otherwise more than this many match.`,
  })
  async totalCount(connection: InitiativeConnectionType, _args: NoArgs): Promise<number> {
    return (await connection.count()).count;
  }

  @ResolveField(() => Boolean, {
    description: `False when more than ${TOTAL_COUNT_CAP} initiatives match: then totalCount is ${TOTAL_COUNT_CAP} and means "more than".`,
  })
  async totalCountIsExact(connection: InitiativeConnectionType, _args: NoArgs): Promise<boolean> {
    return (await connection.count()).exact;
  }
}
