import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Formats a calendar date ("2026-03-03") or an ISO date-time as a date, e.g. "3 maart 2026". */
export function useFormatDate(): (value: string) => string {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.language] ?? 'nl-NL';
  return useCallback(
    (value: string) => {
      // A bare date is a day in the Netherlands: read it at noon so no time zone shifts the day.
      const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
      if (Number.isNaN(date.getTime())) {
        return value;
      }
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
    },
    [locale],
  );
}
