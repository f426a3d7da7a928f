import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNumber, IsUUID, Max, Min } from 'class-validator';
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

@ObjectType('MatchingRules', { description: 'How the municipality adds to what the crowd brings.' })
export class MatchingRulesType {
  @Field(() => Float, { description: 'Euros added per euro pledged' }) moneyRatio!: number;
  @Field(() => Int, { description: 'Value of one delivered volunteer hour, in cents' }) hourlyRateCents!: number;
  @Field(() => Int, { description: 'Most the municipality adds to one initiative, in cents' }) capPerInitiativeCents!: number;
}

@InputType()
export class MatchingRulesInput {
  @Field(() => Float)
  @IsNumber({}, messageOf('field.invalid'))
  @Min(0, messageOf('field.invalid'))
  @Max(10, messageOf('field.invalid'))
  moneyRatio!: number;
  @Field(() => Int)
  @IsInt(messageOf('field.invalid'))
  @Min(0, messageOf('field.invalid'))
  @Max(100_000, messageOf('field.invalid'))
  hourlyRateCents!: number;
  @Field(() => Int)
  @IsInt(messageOf('field.invalid'))
  @Min(0, messageOf('field.invalid'))
  @Max(2_000_000_000, messageOf('field.invalid'))
  capPerInitiativeCents!: number;
}
