import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { REPORT_REASONS, REPORT_TARGETS, REPORT_TEXT_MAX, type ReportReason, type ReportTarget } from '#domain';
import { ConnectionType } from '../../../common/pagination/connection.type.js';
import { messageOf, TextField } from '../../../common/validation/text-field.decorator.js';
import type { ReportRow, ReportStatus } from '../report.repository.js';

export enum ReportTargetValue {
  INITIATIVE = 'initiative',
  COMMENT = 'comment',
  PROGRESS_UPDATE = 'progress_update',
  USER = 'user',
}
registerEnumType(ReportTargetValue, { name: 'ReportTarget' });

export enum ReportReasonValue {
  SPAM = 'spam',
  ABUSE = 'abuse',
  PERSONAL_DATA = 'personal_data',
  OFF_TOPIC = 'off_topic',
  OTHER = 'other',
}
registerEnumType(ReportReasonValue, { name: 'ReportReason' });

export enum ReportStatusValue {
  OPEN = 'open',
  UPHELD = 'upheld',
  DISMISSED = 'dismissed',
}
registerEnumType(ReportStatusValue, { name: 'ReportStatus' });

export enum ReportDecisionValue {
  UPHOLD = 'uphold',
  DISMISS = 'dismiss',
}
registerEnumType(ReportDecisionValue, { name: 'ReportDecision' });

@InputType()
export class ReportInput {
  @Field(() => ReportTargetValue) @IsIn([...REPORT_TARGETS], messageOf('field.invalid')) targetType!: ReportTarget;
  @Field(() => ID) @IsUUID('all', messageOf('field.invalid')) targetId!: string;
  @Field(() => ReportReasonValue) @IsIn([...REPORT_REASONS], messageOf('field.invalid')) reason!: ReportReason;
  @Field({ nullable: true, defaultValue: '', description: 'What is wrong, in your own words (optional).' })
  @TextField({ max: REPORT_TEXT_MAX, optional: true })
  text!: string;
}

@ObjectType('Report', { description: 'A report (flag) of an initiative, comment, progress update or person.' })
export class ReportType {
  @Field(() => ID) id!: string;
  @Field(() => ReportTargetValue) targetType!: ReportTarget;
  @Field(() => ID) targetId!: string;
  @Field(() => ReportReasonValue) reason!: ReportReason;
  @Field() text!: string;
  @Field(() => ReportStatusValue) status!: ReportStatus;
  @Field({ description: 'YYYY-MM-DD: a facilitator decides within 2 working days.' }) dueOn!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => String, { nullable: true }) resolutionReason!: string | null;
  row!: ReportRow;
}

export const ReportConnection = ConnectionType(ReportType, 'Report');

export function toReportType(row: ReportRow): ReportType {
  return Object.assign(new ReportType(), {
    id: row.id,
    targetType: row.targetType,
    targetId: row.targetId,
    reason: row.reason,
    text: row.text,
    status: row.status,
    dueOn: row.dueOn,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    resolutionReason: row.resolutionReason,
    row,
  });
}
