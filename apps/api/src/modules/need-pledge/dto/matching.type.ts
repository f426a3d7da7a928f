import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { messageOf } from '../../../common/validation/text-field.decorator.js';

@ObjectType('MatchingBudget', { description: 'Municipal money that doubles what the crowd brings, per neighbourhood and year.' })
export class MatchingBudgetType {
  @Field(() => Int) year!: number;
  @Field(() => Int) budgetCents!: number;
  @Field(() => Int) usedCents!: number;
  @Field(() => Int) leftCents!: number;
}

@ObjectType('Impact', { description: 'What the crowd brought and what the municipality adds.' })
export class ImpactType {
  @Field(() => Int, { description: 'Confirmed and delivered money pledges, in cents' }) crowdMoneyCents!: number;
  @Field({ description: 'Delivered volunteer hours' }) deliveredHours!: number;
  @Field(() => Int, { description: 'Booked municipal matching, in cents' }) matchedCents!: number;
}

@InputType()
export class MatchingBudgetInput {
  @Field(() => ID) @IsUUID('all', messageOf('field.unknownNeighbourhood')) neighbourhoodId!: string;
  @Field(() => Int)
  @IsInt(messageOf('field.invalid'))
  @Min(2000, messageOf('field.invalid'))
  @Max(2100, messageOf('field.invalid'))
  year!: number;
  @Field(() => Int)
  @IsInt(messageOf('field.invalid'))
  @Min(0, messageOf('field.invalid'))
  @Max(2_000_000_000, messageOf('field.invalid'))
  budgetCents!: number;
}
