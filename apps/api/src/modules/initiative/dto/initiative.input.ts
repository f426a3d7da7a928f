import { Field, Float, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsIn, IsLatitude, IsLongitude, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { INITIATIVE_LIMITS, INITIATIVE_STATUSES, type InitiativeStatus } from '#domain';
import { messageOf, TextField } from '../../../common/validation/text-field.decorator.js';
import { InitiativeStatusValue } from './initiative.type.js';

export enum InitiativeOrderValue {
  NEWEST = 'newest',
  MOST_SUPPORTED = 'most_supported',
  RELEVANCE = 'relevance',
  TRENDING = 'trending',
  DEADLINE_SOON = 'deadline_soon',
}
registerEnumType(InitiativeOrderValue, {
  name: 'InitiativeOrder',
  description: 'RELEVANCE needs `search`; it is the default when searching, NEWEST otherwise.',
  valuesMap: {
    NEWEST: { description: 'Newest first.' },
    MOST_SUPPORTED: { description: 'Most supports first.' },
    RELEVANCE: {
      description: 'Best match first (Dutch full-text rank; title counts most, then summary, then description).',
    },
    TRENDING: {
      description:
        'Most supports in the last 7 days first, then by id. Counted at the moment of the first page; later pages (with `after`) keep that moment.',
    },
    DEADLINE_SOON: {
      description:
        'Nearest deadline still ahead first: for a published initiative the end of its support window, for one under review the day by which the municipality decides. Initiatives without a deadline ahead come last (by id). The moment of the first page is kept while paging.',
    },
  },
});

@InputType()
export class LocationInput {
  @Field(() => Float) @IsLatitude(messageOf('field.invalid')) lat!: number;
  @Field(() => Float) @IsLongitude(messageOf('field.invalid')) lng!: number;
}

@InputType({ description: 'Initiatives whose pin lies within this box.' })
export class BoundingBoxInput {
  @Field(() => Float) @IsLatitude(messageOf('field.invalid')) south!: number;
  @Field(() => Float) @IsLongitude(messageOf('field.invalid')) west!: number;
  @Field(() => Float) @IsLatitude(messageOf('field.invalid')) north!: number;
  @Field(() => Float) @IsLongitude(messageOf('field.invalid')) east!: number;
}

@InputType()
export class CreateInitiativeInput {
  @Field() @TextField({ min: INITIATIVE_LIMITS.titleMin, max: INITIATIVE_LIMITS.titleMax }) title!: string;
  @Field() @TextField({ max: INITIATIVE_LIMITS.summaryMax, optional: true }) summary!: string;
  @Field() @TextField({ max: INITIATIVE_LIMITS.descriptionMax, optional: true }) description!: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', messageOf('field.unknownNeighbourhood'))
  neighbourhoodId?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', messageOf('field.unknownTheme'))
  themeId?: string | null;
  @Field(() => LocationInput, { nullable: true, description: 'The pin; the neighbourhood follows from it unless given.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationInput)
  location?: LocationInput | null;
}

@InputType()
export class UpdateInitiativeInput extends CreateInitiativeInput {}

@InputType()
export class InitiativeFilter {
  @Field(() => [InitiativeStatusValue], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(INITIATIVE_STATUSES, { each: true, ...messageOf('field.invalid') })
  status?: InitiativeStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', messageOf('field.unknownNeighbourhood'))
  neighbourhoodId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', messageOf('field.unknownTheme'))
  themeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only my own initiatives (signed in).' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => BoundingBoxInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BoundingBoxInput)
  box?: BoundingBoxInput | null;
}
