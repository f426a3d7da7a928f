import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InitiativeConnectionType, TOTAL_COUNT_CAP } from './dto/initiative-connection.type.js';

/** The count fields of a page of initiatives: the count statement runs only when one of them is asked for. */
@Resolver(() => InitiativeConnectionType)
export class InitiativeConnectionResolver {
  @ResolveField(() => Int, {
    description: `How many initiatives match, counted up to ${TOTAL_COUNT_CAP}. Exact when totalCountIsExact; otherwise more than this many match.`,
  })
  async totalCount(@Parent() connection: InitiativeConnectionType): Promise<number> {
    return (await connection.count()).count;
  }

  @ResolveField(() => Boolean, {
    description: `False when more than ${TOTAL_COUNT_CAP} initiatives match: then totalCount is ${TOTAL_COUNT_CAP} and means "more than".`,
  })
  async totalCountIsExact(@Parent() connection: InitiativeConnectionType): Promise<boolean> {
    return (await connection.count()).exact;
  }
}
