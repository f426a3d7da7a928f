import type { InitiativeStatus } from '../initiative/initiative-status.js';
import type { IsoDate } from './dutch-holidays.js';
import { addWorkingDays, dutchDate } from './working-days.js';

/** Working days the municipality takes to check a submission (not yet a setting). */
export const MODERATION_WORKING_DAYS = 5;

export interface DeadlineSettings {
  readonly firstResponseWorkingDays: number;
  readonly decisionWorkingDays: number;
}

/** Timestamps and due dates that entering `status` at `now` sets (only the ones that change). */
export interface StatusStamps {
  submittedAt?: Date;
  moderationDueOn?: IsoDate;
  publishedAt?: Date;
  firstResponseDueOn?: IsoDate;
  thresholdReachedAt?: Date;
  decisionDueOn?: IsoDate;
  decidedAt?: Date;
}

/**
 * The clock of each promise: a submission is checked within 5 working days, a published
 * initiative gets a first answer within N working days, and one that reached the threshold a
 * decision within M working days. Derived from the moment of the step, so never drifting.
 */
export function stampsOnEntering(status: InitiativeStatus, now: Date, settings: DeadlineSettings): StatusStamps {
  const today = dutchDate(now);
  switch (status) {
    case 'submitted':
      return { submittedAt: now, moderationDueOn: addWorkingDays(today, MODERATION_WORKING_DAYS) };
    case 'published':
      return { publishedAt: now, firstResponseDueOn: addWorkingDays(today, settings.firstResponseWorkingDays) };
    case 'under_review':
      return { thresholdReachedAt: now, decisionDueOn: addWorkingDays(today, settings.decisionWorkingDays) };
    case 'adopted':
    case 'declined':
      return { decidedAt: now };
    case 'draft':
    case 'changes_requested':
    case 'rejected':
    case 'in_progress':
    case 'completed':
    case 'withdrawn':
    case 'expired':
      return {};
  }
}

/** Overdue: the due date has passed (in the Netherlands) and the answer has not come. */
export function isOverdue(dueOn: IsoDate | null, answeredAt: Date | null, now: Date): boolean {
  return dueOn !== null && answeredAt === null && dutchDate(now) > dueOn;
}
