import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { JsonScalar } from '../../../common/graphql/json.scalar.js';
import { ConnectionType } from '../../../common/pagination/connection.type.js';
import { messageOf } from '../../../common/validation/text-field.decorator.js';

@ObjectType('AuditEntry', { description: 'One recorded change: who did what to which item, from where, when (UTC).' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field() targetType!: string;
  @Field(() => ID) targetId!: string;
  @Field(() => JsonScalar, { description: 'Before/after summary' }) summary!: Record<string, unknown>;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field() createdAt!: Date;
  actorId!: string | null;
}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', messageOf('field.invalid')) targetId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', messageOf('field.invalid')) actorId?: string | null;
}

export const AuditEntryConnection = ConnectionType(AuditEntryType, 'AuditEntry');
