import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';
import { Type } from 'class-transformer';
import { messageOf } from '../../common/validation/text-field.decorator.js';
import { NeighbourhoodType, ThemeType } from '../municipality/dto/municipality.type.js';

@ObjectType('ResponseFigures', { description: 'How fast and how reliably the municipality answers (days are calendar days).' })
export class ResponseFiguresType {
  @Field({ description: 'True for the whole municipality.' }) total!: boolean;
  @Field(() => NeighbourhoodType, { nullable: true }) neighbourhood!: NeighbourhoodType | null;
  @Field(() => Int, { description: 'Initiatives published in the period' }) published!: number;
  @Field(() => Float, { nullable: true }) medianDaysToFirstResponse!: number | null;
  @Field(() => Float, { nullable: true }) p90DaysToFirstResponse!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of first responses on time' }) firstResponsesOnTimeShare!: number | null;
  @Field(() => Float, { nullable: true }) medianDaysToDecision!: number | null;
  @Field(() => Float, { nullable: true }) p90DaysToDecision!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of decisions on time' }) decisionsOnTimeShare!: number | null;
  @Field(() => Int) openAwaitingResponse!: number;
  @Field(() => Int) overdue!: number;
  neighbourhoodId!: string | null;
}

@ObjectType('ImpactFigures', { description: 'What volunteers, partners and the municipality brought, per neighbourhood or theme.' })
export class ImpactFiguresType {
  @Field(() => NeighbourhoodType, { nullable: true }) neighbourhood!: NeighbourhoodType | null;
  @Field(() => ThemeType, { nullable: true }) theme!: ThemeType | null;
  @Field(() => Float) deliveredHours!: number;
  @Field(() => Int) materialsDelivered!: number;
  @Field(() => Float, { description: 'Money pledged (confirmed or delivered), in cents' }) pledgedMoneyCents!: number;
  @Field(() => Float, { description: 'Municipal matching booked, in cents' }) matchedCents!: number;
  groupBy!: 'neighbourhood' | 'theme';
  groupId!: string | null;
}

@ObjectType('Stats')
export class StatsType {
  @Field() from!: Date;
  @Field() to!: Date;
  @Field(() => [ResponseFiguresType], { description: 'The municipality first, then each neighbourhood.' })
  responseTimes!: ResponseFiguresType[];
  @Field(() => [ImpactFiguresType], { description: 'Per neighbourhood, then per theme.' }) impact!: ImpactFiguresType[];
}

@InputType()
export class StatsPeriodInput {
  @Field(() => Date, { nullable: true, description: 'Default: one year ago' })
  @IsOptional()
  @Type(() => Date)
  @IsDate(messageOf('field.invalid'))
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Default: now' })
  @IsOptional()
  @Type(() => Date)
  @IsDate(messageOf('field.invalid'))
  to?: Date | null;
}
