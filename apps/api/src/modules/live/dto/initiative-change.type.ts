import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { InitiativeStatus } from '#domain';
import { InitiativeStatusValue } from '../../initiative/dto/initiative.type.js';
import type { InitiativeChangedEvent, InitiativeChangeReason } from '../live-events.js';

export enum InitiativeChangeReasonValue {
  SUPPORT = 'support',
  STATUS = 'status',
  RESPONSE = 'response',
  COMMENT = 'comment',
  PROGRESS_UPDATE = 'progress_update',
}
registerEnumType(InitiativeChangeReasonValue, { name: 'InitiativeChangeReason' });

@ObjectType('InitiativeChange', { description: 'Something changed on an initiative you are looking at; refetch what you show of it.' })
export class InitiativeChangeType {
  @Field(() => ID) initiativeId!: string;
  @Field(() => InitiativeChangeReasonValue) reason!: InitiativeChangeReason;
  @Field(() => InitiativeStatusValue) status!: InitiativeStatus;
  @Field(() => Int) supportCount!: number;
  @Field(() => ID, { nullable: true, description: 'The new comment, response or progress update.' }) subjectId!: string | null;
  @Field() at!: Date;
}

export function toInitiativeChangeType(event: InitiativeChangedEvent): InitiativeChangeType {
  return Object.assign(new InitiativeChangeType(), {
    initiativeId: event.initiativeId,
    reason: event.reason,
    status: event.status,
    supportCount: event.supportCount,
    subjectId: event.subjectId,
    at: new Date(event.at),
  });
}
