import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { InitiativeStatus } from '#domain';
import { InitiativeStatusValue } from '../../initiative/dto/initiative.type.js';
import type { InitiativeChangedEvent, InitiativeChangeReason } from '../live-events.js';

export enum InitiativeChangeReasonValue {
  SUPPORT = 'support',
  STATUS = 'status',
  RESPONSE = 'response',
  COMMENT = 'comment',
  COMMENT_EDITED = 'comment_edited',
  COMMENT_REMOVED = 'comment_removed',
  COMMENT_HIDDEN = 'comment_hidden',
  PROGRESS_UPDATE = 'progress_update',
  PROGRESS_UPDATE_CHANGED = 'progress_update_changed',
}
registerEnumType(InitiativeChangeReasonValue, {
  name: 'InitiativeChangeReason',
  valuesMap: {
    COMMENT_EDITED: { description: 'A comment was edited.' },
    COMMENT_REMOVED: { description: 'A comment was removed (or replaced by a placeholder that keeps its replies).' },
    COMMENT_HIDDEN: { description: 'A comment was hidden or shown again by moderation.' },
    PROGRESS_UPDATE_CHANGED: { description: 'A progress update changed (its photo was added).' },
  },
});

@ObjectType('InitiativeChange', { description: 'Something changed on an initiative you are looking at; refetch what you show of it.' })
export class InitiativeChangeType {
  @Field(() => ID) initiativeId!: string;
  @Field(() => InitiativeChangeReasonValue) reason!: InitiativeChangeReason;
  @Field(() => InitiativeStatusValue) status!: InitiativeStatus;
  @Field(() => Int) supportCount!: number;
  @Field(() => ID, { nullable: true, description: 'The new comment, response or progress update, or the comment that changed.' })
  subjectId!: string | null;
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
