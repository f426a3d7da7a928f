import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Frequency, NotificationKind } from '#domain';
import { ConnectionType } from '../../../common/pagination/connection.type.js';
import type { NotificationEventRow } from '../../live/live-events.js';
import type { NotificationRow } from '../notification.repository.js';

export enum NotificationKindValue {
  COMMENT = 'comment',
  REPLY = 'reply',
  PROGRESS_UPDATE = 'progress_update',
  STATUS_CHANGED = 'status_changed',
  THRESHOLD_REACHED = 'threshold_reached',
  RESPONSE = 'response',
  PLEDGE_CONFIRMED = 'pledge_confirmed',
  NEW_INITIATIVE = 'new_initiative',
  SHIFT_REMINDER = 'shift_reminder',
  ITEM_ASSIGNED = 'item_assigned',
  ITEM_OVERDUE = 'item_overdue',
}
registerEnumType(NotificationKindValue, { name: 'NotificationKind' });

export enum FrequencyValue {
  IMMEDIATELY = 'immediately',
  DAILY = 'daily',
  WEEKLY = 'weekly',
  OFF = 'off',
}
registerEnumType(FrequencyValue, { name: 'NotificationFrequency', description: 'How often e-mail comes for a kind of notification.' });

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindValue) kind!: NotificationKind;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() read!: boolean;
  initiativeId!: string | null;
  actorId!: string | null;
  payload!: Record<string, unknown>;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceType {
  @Field(() => NotificationKindValue) kind!: NotificationKind;
  @Field(() => FrequencyValue) frequency!: Frequency;
}

export const NotificationConnection = ConnectionType(NotificationType, 'Notification');

export function toNotificationType(row: NotificationRow | NotificationEventRow): NotificationType {
  const readAt = 'readAt' in row ? row.readAt : null;
  return Object.assign(new NotificationType(), {
    id: row.id,
    kind: row.kind as NotificationKind,
    createdAt: new Date(row.createdAt),
    readAt,
    read: readAt !== null,
    initiativeId: row.initiativeId,
    actorId: row.actorId,
    payload: row.payload,
  });
}
