import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/pagination/connection.type.js';
import { InitiativeType } from './initiative.type.js';

/** How many initiatives `totalCount` counts at most; past this the API says "more than". */
export const TOTAL_COUNT_CAP = 1000;

export interface CappedCount {
  readonly count: number;
  readonly exact: boolean;
}

@ObjectType('InitiativeEdge')
export class InitiativeEdgeType {
  @Field() cursor!: string;
  @Field(() => InitiativeType) node!: InitiativeType;
}

/**
 * A page of initiatives. `totalCount` and `totalCountIsExact` are resolved only when a client asks
 * for them (InitiativeConnectionResolver), and share one capped count statement.
 */
@ObjectType('InitiativeConnection')
export class InitiativeConnectionType {
  @Field(() => [InitiativeEdgeType]) edges!: InitiativeEdgeType[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  /** Not a field: counts the matches once, on first use. */
  count!: () => Promise<CappedCount>;
}
