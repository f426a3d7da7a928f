import type { NotificationKind } from '#domain';
import { translate, type Language } from '../../common/i18n/messages.js';
import type { InitiativeStatus } from '#domain';

/** The one-line text of a notification, in the reader's language (in-app list and e-mail subject). */
export function notificationMessage(kind: NotificationKind, payload: Record<string, unknown>, language: Language): string {
  const text = (key: string): string => {
    const value = payload[key];
    return typeof value === 'string' ? value : '';
  };
  const to = text('to');
  return translate(`notification.${kind}`, language, {
    actor: text('actorName'),
    title: text('title'),
    update: text('update'),
    need: text('need'),
    status: to ? translate(`status.${to as InitiativeStatus}`, language) : '',
  });
}
