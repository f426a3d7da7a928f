import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { INITIATIVE_LIMITS, INITIATIVE_STATUSES, type InitiativeStatus } from '#domain';
import { messageOf, TextField } from '../../../common/validation/text-field.decorator.js';
import { InitiativeStatusValue } from './initiative.type.js';

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
}

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
}
