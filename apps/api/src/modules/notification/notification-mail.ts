import type { NotificationKind } from '#domain';
import { translate, type Language } from '../../common/i18n/messages.js';
import { notificationMessage } from './notification-message.js';

/** One notification in a mail: what happened, where to read more, and how to stop this kind of mail. */
export interface MailItem {
  readonly kind: NotificationKind;
  readonly payload: Record<string, unknown>;
  readonly link: string | null;
  readonly unsubscribeLink: string;
}

export interface RenderedNotificationMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const COPY = {
  nl: {
    greeting: 'Beste {name},',
    digestDaily: 'Uw dagoverzicht van Dialoog',
    digestWeekly: 'Uw weekoverzicht van Dialoog',
    digestIntro: 'Dit is er gebeurd bij de initiatieven die u volgt:',
    readMore: 'Lees verder',
    why: 'U krijgt deze e-mail omdat u dit volgt op Dialoog.',
    stop: 'Geen e-mails meer over {kind}? Meld u af met één klik',
    signature: 'Met vriendelijke groet,\nDialoog',
  },
  en: {
    greeting: 'Dear {name},',
    digestDaily: 'Your daily Dialoog summary',
    digestWeekly: 'Your weekly Dialoog summary',
    digestIntro: 'This is what happened with the initiatives you follow:',
    readMore: 'Read more',
    why: 'You receive this e-mail because you follow this on Dialoog.',
    stop: 'No more e-mails about {kind}? Unsubscribe with one click',
    signature: 'Kind regards,\nDialoog',
  },
} as const;

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function excerptOf(item: MailItem): string | null {
  const excerpt = item.payload.excerpt;
  return typeof excerpt === 'string' && excerpt !== '' ? excerpt : null;
}

/**
 * One mail: a single notification (its message is the subject), or a digest of several. Plain
 * text and simple HTML, in the reader's language (Dutch B1, "u"), with an unsubscribe link per kind.
 */
export function renderNotificationMail(
  language: Language,
  name: string,
  items: readonly MailItem[],
  digest: 'daily' | 'weekly' | null,
): RenderedNotificationMail {
  const copy = COPY[language];
  const subject = digest
    ? digest === 'daily'
      ? copy.digestDaily
      : copy.digestWeekly
    : notificationMessage(items[0].kind, items[0].payload, language);
  const stopLines = [...new Map(items.map((i) => [i.kind, i.unsubscribeLink])).entries()].map(([kind, link]) => ({
    label: copy.stop.replace('{kind}', translate(`notificationKind.${kind}`, language)),
    link,
  }));
  const greeting = copy.greeting.replace('{name}', name);
  const textItems = items.map((item) =>
    [
      notificationMessage(item.kind, item.payload, language),
      excerptOf(item) && `“${excerptOf(item)}”`,
      item.link && `${copy.readMore}: ${item.link}`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  const text = [
    greeting,
    ...(digest ? [copy.digestIntro] : []),
    ...textItems,
    copy.why,
    ...stopLines.map((s) => `${s.label}:\n${s.link}`),
    copy.signature,
  ].join('\n\n');
  const p = (value: string): string => `<p>${escapeHtml(value).replace(/\n/g, '<br>')}</p>`;
  const htmlItems = items.map((item) => {
    const excerpt = excerptOf(item);
    return [
      p(notificationMessage(item.kind, item.payload, language)),
      excerpt ? `<blockquote>${p(excerpt)}</blockquote>` : '',
      item.link ? `<p><a href="${escapeHtml(item.link)}">${escapeHtml(copy.readMore)}</a></p>` : '',
    ].join('');
  });
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    p(greeting),
    ...(digest ? [p(copy.digestIntro)] : []),
    ...htmlItems,
    p(copy.why),
    ...stopLines.map((s) => `<p><a href="${escapeHtml(s.link)}">${escapeHtml(s.label)}</a></p>`),
    p(copy.signature),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
