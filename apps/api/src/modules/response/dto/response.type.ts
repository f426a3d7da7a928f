import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { RESPONSE_KINDS, type ResponseKind } from '#domain';
import { messageOf, TextField } from '../../../common/validation/text-field.decorator.js';

export const ResponseKindValue = Object.fromEntries(RESPONSE_KINDS.map((k) => [k.toUpperCase(), k])) as Record<
  Uppercase<ResponseKind>,
  ResponseKind
>;
registerEnumType(ResponseKindValue, { name: 'ResponseKind' });

export enum DecisionOutcome {
  ADOPT = 'adopt',
  DECLINE = 'decline',
}
registerEnumType(DecisionOutcome, { name: 'DecisionOutcome' });

@ObjectType('OfficialResponse', { description: 'An answer of the municipality, signed with the department.' })
export class ResponseType {
  @Field(() => ID) id!: string;
  @Field(() => ResponseKindValue) kind!: ResponseKind;
  @Field(() => DecisionOutcome, { nullable: true }) decision!: DecisionOutcome | null;
  @Field() body!: string;
  @Field(() => String, { nullable: true }) department!: string | null;
  @Field() createdAt!: Date;
  authorId!: string;
}

@ObjectType('ResponseTemplate')
export class ResponseTemplateType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ResponseKindValue) kind!: ResponseKind;
  @Field({ description: 'Text with placeholders {titel}, {naam}, {gemeente}' }) body!: string;
}

@InputType()
export class RespondInput {
  @Field(() => ResponseKindValue) @IsEnum(ResponseKindValue, messageOf('field.invalid')) kind!: ResponseKind;
  @Field() @TextField({ max: 5000 }) body!: string;
  @Field(() => DecisionOutcome, { nullable: true, description: 'Required for a DECISION: adopt or decline.' })
  @ValidateIf((input: RespondInput) => input.decision !== null && input.decision !== undefined)
  @IsEnum(DecisionOutcome, messageOf('field.invalid'))
  decision?: DecisionOutcome | null;
}

@InputType()
export class ResponseTemplateInput {
  @Field() @TextField({ min: 2, max: 80 }) name!: string;
  @Field(() => ResponseKindValue) @IsEnum(ResponseKindValue, messageOf('field.invalid')) kind!: ResponseKind;
  @Field() @TextField({ max: 5000 }) body!: string;
}

@InputType()
export class UseTemplateInput {
  @Field(() => ID) @IsUUID('all', messageOf('response.unknownTemplate')) templateId!: string;
  @Field(() => DecisionOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(DecisionOutcome, messageOf('field.invalid'))
  decision?: DecisionOutcome | null;
}
