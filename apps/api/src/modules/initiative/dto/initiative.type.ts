import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '#domain';

/** GraphQL enum InitiativeStatus: DRAFT → 'draft', UNDER_REVIEW → 'under_review', … */
export const InitiativeStatusValue = Object.fromEntries(INITIATIVE_STATUSES.map((s) => [s.toUpperCase(), s])) as Record<
  Uppercase<InitiativeStatus>,
  InitiativeStatus
>;
registerEnumType(InitiativeStatusValue, { name: 'InitiativeStatus' });

@ObjectType('Location')
export class LocationType {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@ObjectType('Initiative')
export class InitiativeType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'Markdown source as the author wrote it' }) description!: string;
  @Field(() => InitiativeStatusValue) status!: InitiativeStatus;
  @Field(() => Int) supportCount!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When a facilitator approved it for the public.' }) publishedAt!: Date | null;
  @Field({ description: 'Hidden by a facilitator: only staff and the author see it.' }) hidden!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was hidden (seen only by staff and the author).' }) hiddenReason!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) by which the municipality answers for the first time.' })
  firstResponseDueOn!: string | null;
  @Field(() => Date, { nullable: true }) firstResponseAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When enough neighbours supported it.' }) thresholdReachedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) by which the municipality decides.' })
  decisionDueOn!: string | null;
  decidedAt!: Date | null;
  // Not exposed; used by field resolvers.
  lat!: number | null;
  lng!: number | null;
  authorId!: string;
  neighbourhoodId!: string | null;
  themeId!: string | null;
}

@ObjectType('InitiativeEvent', { description: 'One step on the timeline: from which status to which, by whom, why.' })
export class InitiativeEventType {
  @Field(() => ID) id!: string;
  @Field(() => InitiativeStatusValue, { nullable: true }) fromStatus!: InitiativeStatus | null;
  @Field(() => InitiativeStatusValue) toStatus!: InitiativeStatus;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() createdAt!: Date;
  actorId!: string | null;
}
