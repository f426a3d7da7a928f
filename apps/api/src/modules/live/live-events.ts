import type { InitiativeStatus, VisibleFacts } from '#domain';

/** Why `initiativeChanged` fired. */
export type InitiativeChangeReason =
  | 'support'
  | 'status'
  | 'response'
  | 'comment'
  | 'comment_edited'
  | 'comment_removed'
  | 'comment_hidden'
  | 'progress_update'
  | 'progress_update_changed';

/**
 * What travels over pub/sub (in memory or through Redis, so JSON only: dates as ISO strings).
 * `facts` are the initiative's visibility facts at publication; every subscriber is checked
 * against them with `canSeeInitiative`.
 */
export interface InitiativeChangedEvent {
  readonly municipalityId: string;
  readonly initiativeId: string;
  readonly reason: InitiativeChangeReason;
  readonly status: InitiativeStatus;
  readonly supportCount: number;
  /** The new comment, response or progress update, or the comment that changed, when there is one. */
  readonly subjectId: string | null;
  readonly facts: VisibleFacts;
  readonly at: string;
}

export interface NotificationEventRow {
  readonly id: string;
  readonly userId: string;
  readonly kind: string;
  readonly initiativeId: string | null;
  readonly actorId: string | null;
  readonly payload: Record<string, unknown>;
  readonly createdAt: string;
}

export interface NotificationAddedEvent {
  readonly municipalityId: string;
  readonly userId: string;
  readonly notification: NotificationEventRow;
}

export const initiativeChannel = (initiativeId: string): string => `dialoog.initiative.${initiativeId}`;
export const notificationChannel = (userId: string): string => `dialoog.notifications.${userId}`;
