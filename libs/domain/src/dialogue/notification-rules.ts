import type { Role } from '../account/role.js';
import { isStaff } from '../account/role.js';

export const NOTIFICATION_KINDS = [
  'comment',
  'reply',
  'progress_update',
  'status_changed',
  'threshold_reached',
  'response',
  'pledge_confirmed',
  'new_initiative',
  'shift_reminder',
  'item_assigned',
  'item_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const FREQUENCIES = ['immediately', 'daily', 'weekly', 'off'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** What happens to the e-mail of one notification: sent now, gathered in a digest, or not sent. */
export type EmailState = 'pending' | 'digest' | 'none';

/** Residents hear about everything at once; staff get a daily digest (they see the inbox anyway). */
export function defaultFrequency(role: Role): Frequency {
  return isStaff(role) ? 'daily' : 'immediately';
}

export function emailStateFor(frequency: Frequency, emailVerified: boolean): EmailState {
  if (!emailVerified || frequency === 'off') {
    return 'none';
  }
  return frequency === 'immediately' ? 'pending' : 'digest';
}

/** Delay before the next attempt to send a mail that failed `attempts` times; null: give up. */
export function mailRetryDelayMs(attempts: number): number | null {
  const delays = [30_000, 120_000, 600_000, 3_600_000, 6 * 3_600_000];
  return attempts >= 1 && attempts <= delays.length ? delays[attempts - 1] : null;
}

/** Start of the Dutch calendar day (or ISO week, Monday) of `now`: a digest gathers what happened before it. */
export function digestCutoff(frequency: 'daily' | 'weekly', now: Date): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '0';
  const sinceMidnightMs =
    (Number(get('hour')) * 3600 + Number(get('minute')) * 60 + Number(get('second'))) * 1000 + now.getUTCMilliseconds();
  const midnight = now.getTime() - sinceMidnightMs;
  if (frequency === 'daily') {
    return new Date(midnight);
  }
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  // Whole days back to Monday; a DST change in between shifts this by at most an hour.
  return new Date(midnight - weekday * 86_400_000);
}
