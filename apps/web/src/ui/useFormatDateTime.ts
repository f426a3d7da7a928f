import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Formats an ISO date-time for the current language, e.g. "3 maart 2026 om 14:05". */
export function useFormatDateTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.language] ?? 'nl-NL';
  return useCallback(
    (iso: string) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) {
        return iso;
      }
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(date);
    },
    [locale],
  );
}
