import type { Language } from '../../common/i18n/messages.js';

/** The account e-mails Dialoog sends. Dutch in plain language (B1, "u"), and English. */
export type MailKind = 'verifyEmail' | 'alreadyRegistered' | 'passwordReset';

interface MailTemplate {
  readonly subject: string;
  /** Paragraphs before the links; `{name}` is the recipient's display name. */
  readonly paragraphs: readonly string[];
  /** One label per link, in the order the links are given. */
  readonly linkLabels: readonly string[];
  /** Paragraphs after the links. */
  readonly after: readonly string[];
}

const GREETING: Record<Language, string> = { nl: 'Beste {name},', en: 'Dear {name},' };
const SIGNATURE: Record<Language, string> = {
  nl: 'Met vriendelijke groet,\nDialoog',
  en: 'Kind regards,\nDialoog',
};

const TEMPLATES: Record<MailKind, Record<Language, MailTemplate>> = {
  verifyEmail: {
    nl: {
      subject: 'Bevestig uw e-mailadres voor Dialoog',
      paragraphs: ['U heeft een account gemaakt op Dialoog. Klik op de link hieronder om uw e-mailadres te bevestigen.'],
      linkLabels: ['E-mailadres bevestigen'],
      after: ['De link werkt 48 uur en maar één keer.', 'Heeft u geen account gemaakt? Dan hoeft u niets te doen.'],
    },
    en: {
      subject: 'Confirm your e-mail address for Dialoog',
      paragraphs: ['You have created an account on Dialoog. Follow the link below to confirm your e-mail address.'],
      linkLabels: ['Confirm e-mail address'],
      after: ['The link works for 48 hours and only once.', 'Did you not create an account? Then you do not need to do anything.'],
    },
  },
  alreadyRegistered: {
    nl: {
      subject: 'Iemand wilde een account maken met uw e-mailadres',
      paragraphs: [
        'Iemand probeerde een account te maken op Dialoog met uw e-mailadres. Maar u heeft al een account.',
        'Was u dat zelf? Log dan in met uw account. Weet u uw wachtwoord niet meer? Kies dan een nieuw wachtwoord.',
      ],
      linkLabels: ['Inloggen', 'Nieuw wachtwoord kiezen'],
      after: ['Was u het niet? Dan hoeft u niets te doen. Er is niets veranderd aan uw account.'],
    },
    en: {
      subject: 'Someone tried to create an account with your e-mail address',
      paragraphs: [
        'Someone tried to create an account on Dialoog with your e-mail address. But you already have an account.',
        'Was this you? Then log in with your account. Forgot your password? Then choose a new one.',
      ],
      linkLabels: ['Log in', 'Choose a new password'],
      after: ['Was this not you? Then you do not need to do anything. Nothing has changed in your account.'],
    },
  },
  passwordReset: {
    nl: {
      subject: 'Kies een nieuw wachtwoord voor Dialoog',
      paragraphs: ['U heeft gevraagd om een nieuw wachtwoord. Klik op de link hieronder om een nieuw wachtwoord te kiezen.'],
      linkLabels: ['Nieuw wachtwoord kiezen'],
      after: [
        'De link werkt 1 uur en maar één keer. Daarna bent u overal uitgelogd.',
        'Heeft u niet om een nieuw wachtwoord gevraagd? Dan hoeft u niets te doen. Uw wachtwoord blijft hetzelfde.',
      ],
    },
    en: {
      subject: 'Choose a new password for Dialoog',
      paragraphs: ['You asked for a new password. Follow the link below to choose a new password.'],
      linkLabels: ['Choose a new password'],
      after: [
        'The link works for 1 hour and only once. Afterwards you are logged out everywhere.',
        'Did you not ask for a new password? Then you do not need to do anything. Your password stays the same.',
      ],
    },
  },
};

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Plain text and simple HTML for one message; `links` follow the template's link labels. */
export function renderMail(kind: MailKind, language: Language, name: string, links: readonly string[]): RenderedMail {
  const template = TEMPLATES[kind][language];
  const greeting = GREETING[language].replace('{name}', name);
  const pairs = template.linkLabels.map((label, i) => ({ label, url: links[i] ?? '' }));
  const text = [
    greeting,
    ...template.paragraphs,
    ...pairs.map((p) => `${p.label}:\n${p.url}`),
    ...template.after,
    SIGNATURE[language],
  ].join('\n\n');
  const paragraph = (value: string): string => `<p>${escapeHtml(value).replace(/\n/g, '<br>')}</p>`;
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(template.subject)}</title></head><body>`,
    paragraph(greeting),
    ...template.paragraphs.map(paragraph),
    ...pairs.map((p) => `<p><a href="${escapeHtml(p.url)}">${escapeHtml(p.label)}</a></p>`),
    ...template.after.map(paragraph),
    paragraph(SIGNATURE[language]),
    '</body></html>',
  ].join('\n');
  return { subject: template.subject, text, html };
}
