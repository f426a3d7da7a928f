import { shiftStartText, type InitiativeStatus, type NotificationKind } from '#domain';
import { translate, type Language } from '../../common/i18n/messages.js';
import type { InboxKind } from '../inbox/inbox.repository.js';

const INBOX_KINDS: readonly string[] = ['moderation', 'first_response', 'decision', 'report'] satisfies InboxKind[];

/** An ISO date (yyyy-mm-dd) as "27 november" / "27 November". */
function dayText(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return isoDate;
  }
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
  }).format(date);
}

/** The one-line text of a notification, in the reader's language (in-app list and e-mail subject). */
export function notificationMessage(kind: NotificationKind, payload: Record<string, unknown>, language: Language): string {
  const text = (key: string): string => {
    const value = payload[key];
    return typeof value === 'string' ? value : '';
  };
  const to = text('to');
  const startsAt = text('startsAt') ? new Date(text('startsAt')) : null;
  const item = text('item');
  return translate(`notification.${kind}`, language, {
    actor: text('actorName'),
    title: text('title'),
    update: text('update'),
    need: text('need'),
    status: to ? translate(`status.${to as InitiativeStatus}`, language) : '',
    when: startsAt && !Number.isNaN(startsAt.getTime()) ? shiftStartText(startsAt, language) : '',
    item: INBOX_KINDS.includes(item) ? translate(`inboxKind.${item as InboxKind}`, language) : '',
    dueOn: text('dueOn') ? dayText(text('dueOn'), language) : '',
  });
}
