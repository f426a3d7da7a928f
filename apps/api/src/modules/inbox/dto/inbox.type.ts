import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ConnectionType } from '../../../common/pagination/connection.type.js';
import { messageOf } from '../../../common/validation/text-field.decorator.js';
import type { InboxKind } from '../inbox.repository.js';

export enum InboxKindValue {
  MODERATION = 'moderation',
  FIRST_RESPONSE = 'first_response',
  DECISION = 'decision',
  REPORT = 'report',
}
registerEnumType(InboxKindValue, { name: 'InboxKind' });

@ObjectType('InboxItem', { description: 'Something that awaits a reaction of the municipality, with its due date.' })
export class InboxItemType {
  @Field(() => ID, { description: 'kind:initiativeId' }) id!: string;
  @Field(() => InboxKindValue) kind!: InboxKind;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn!: string | null;
  @Field() overdue!: boolean;
  initiativeId!: string;
  assigneeId!: string | null;
}

@InputType()
export class InboxFilterInput {
  @Field(() => [InboxKindValue], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(InboxKindValue), { each: true, ...messageOf('field.invalid') })
  kinds?: InboxKind[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', messageOf('field.unknownNeighbourhood')) neighbourhoodId?:
    string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', messageOf('field.invalid')) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() unassigned?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() overdueOnly?: boolean | null;
}

@ObjectType('BulkFailure')
export class BulkFailureType {
  @Field(() => ID) initiativeId!: string;
  @Field() message!: string;
}

@ObjectType('BulkResult')
export class BulkResultType {
  @Field(() => [ID]) succeeded!: string[];
  @Field(() => [BulkFailureType]) failed!: BulkFailureType[];
}

export const InboxItemConnection = ConnectionType(InboxItemType, 'InboxItem');
