import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { NEED_KINDS, PLEDGE_STATUSES, type NeedKind, type PledgeStatus } from '#domain';
import { messageOf, TextField } from '../../../common/validation/text-field.decorator.js';

export const NeedKindValue = Object.fromEntries(NEED_KINDS.map((k) => [k.toUpperCase(), k])) as Record<Uppercase<NeedKind>, NeedKind>;
registerEnumType(NeedKindValue, {
  name: 'NeedKind',
  description: 'SHIFT and TASK count people, MATERIAL pieces, SPACE one place, MONEY euro cents.',
});
export const PledgeStatusValue = Object.fromEntries(PLEDGE_STATUSES.map((k) => [k.toUpperCase(), k])) as Record<
  Uppercase<PledgeStatus>,
  PledgeStatus
>;
registerEnumType(PledgeStatusValue, { name: 'PledgeStatus' });

@ObjectType('Need')
export class NeedType {
  @Field(() => ID) id!: string;
  @Field(() => NeedKindValue) kind!: NeedKind;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) skills!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (tasks)' }) dueOn!: string | null;
  @Field(() => Float, { nullable: true }) hoursEstimate!: number | null;
  @Field(() => String, { nullable: true, description: 'Unit of a material, e.g. "tegels"' }) unit!: string | null;
  @Field(() => Int, { description: 'How many are needed (people, pieces, 1 space, or euro cents)' }) capacity!: number;
  @Field(() => Int, { description: 'How many are pledged (never above capacity)' }) pledged!: number;
  @Field(() => Int) open!: number;
  initiativeId!: string;
}

@ObjectType('Pledge')
export class PledgeType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'People, pieces or euro cents, as the need counts' }) amount!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => PledgeStatusValue) status!: PledgeStatus;
  @Field(() => Float, { nullable: true }) deliveredHours!: number | null;
  @Field() createdAt!: Date;
  needId!: string;
  userId!: string;
  organisationId!: string | null;
}

@InputType()
export class NeedInput {
  @Field(() => NeedKindValue) @IsEnum(NeedKindValue, messageOf('field.invalid')) kind!: NeedKind;
  @Field() @TextField({ min: 2, max: 120 }) title!: string;
  @Field({ defaultValue: '' }) @TextField({ max: 2000, optional: true }) description!: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate(messageOf('field.invalid')) startsAt?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate(messageOf('field.invalid')) endsAt?: Date | null;
  @Field(() => String, { nullable: true }) @TextField({ max: 200, optional: true }) place?: string | null;
  @Field(() => String, { nullable: true }) @TextField({ max: 200, optional: true }) skills?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, messageOf('field.invalid')) dueOn?: string | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, messageOf('field.invalid'))
  @Min(0.25, messageOf('field.invalid'))
  @Max(1000, messageOf('field.invalid'))
  hoursEstimate?: number | null;
  @Field(() => String, { nullable: true }) @TextField({ max: 40, optional: true }) unit?: string | null;
  @Field(() => Int)
  @IsInt(messageOf('field.invalid'))
  @Min(1, messageOf('field.range', { min: 1, max: 100000000 }))
  @Max(100_000_000, messageOf('field.range', { min: 1, max: 100000000 }))
  capacity!: number;
}

@InputType()
export class PledgeInput {
  @Field(() => Int, { defaultValue: 1 })
  @IsInt(messageOf('field.invalid'))
  @Min(1, messageOf('field.range', { min: 1, max: 100000000 }))
  @Max(100_000_000, messageOf('field.range', { min: 1, max: 100000000 }))
  amount!: number;
  @Field(() => String, { nullable: true }) @TextField({ max: 500, optional: true }) note?: string | null;
  @Field(() => ID, { nullable: true, description: 'Pledge for a partner organisation you are a member of.' })
  @IsOptional()
  @IsUUID('all', messageOf('field.invalid'))
  organisationId?: string | null;
}

@InputType()
export class FulfilInput {
  @Field(() => Float, { nullable: true, description: 'Hours actually given (shifts and tasks)' })
  @IsOptional()
  @IsNumber({}, messageOf('field.invalid'))
  @Min(0.25, messageOf('field.invalid'))
  @Max(1000, messageOf('field.invalid'))
  hours?: number | null;
}
