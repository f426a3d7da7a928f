import type { IsoDate } from '../support/dutch-holidays.js';
import { addWorkingDays, dutchDate } from '../support/working-days.js';

export const REPORT_TARGETS = ['initiative', 'comment', 'progress_update', 'user'] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

export const REPORT_REASONS = ['spam', 'abuse', 'personal_data', 'off_topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export type ReportDecision = 'uphold' | 'dismiss';

export const DEFAULT_REPORT_HIDE_THRESHOLD = 3;
/** Working days within which a facilitator decides on a report. */
export const REPORT_WORKING_DAYS = 2;
export const REPORT_TEXT_MAX = 1_000;

/** Content reported by `threshold` different residents is hidden until a facilitator decides. */
export function reachesHideThreshold(distinctResidentReporters: number, threshold: number): boolean {
  return distinctResidentReporters >= threshold;
}

/** Only content can be hidden; a reported person is dealt with by a facilitator (or an admin). */
export function isHideable(target: ReportTarget): boolean {
  return target !== 'user';
}

export function reportDueOn(reportedAt: Date): IsoDate {
  return addWorkingDays(dutchDate(reportedAt), REPORT_WORKING_DAYS);
}
