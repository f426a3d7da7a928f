import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Formats euro cents as money, e.g. 1250 → "€ 12,50" (never floats in the API: cents in, text out). */
export function useFormatMoney(): (cents: number) => string {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.language] ?? 'nl-NL';
  return useCallback(
    (cents: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100),
    [locale],
  );
}

/** Reads an amount in euros as typed by a person ("12,50", "12.5", "€ 12") into cents; null when it is no amount. */
export function parseEuros(text: string): number | null {
  const cleaned = text
    .replace(/[€\s]/g, '')
    .replace(/\.(?=\d{3}(\D|$))/g, '')
    .replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) {
    return null;
  }
  return Math.round(Number(cleaned) * 100);
}

/** Formats a number of hours, e.g. 2.5 → "2,5". */
export function useFormatNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.language] ?? 'nl-NL';
  return useCallback((value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value), [locale]);
}
