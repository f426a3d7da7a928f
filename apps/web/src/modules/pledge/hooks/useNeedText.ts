import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedFieldsFragment, NeedKind } from '../../../generated/graphql';
import { useFormatMoney } from '../../../ui/useFormatMoney';

const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Needs that count people: their pledges are hours of work. */
export function countsPeople(kind: NeedKind): boolean {
  return kind === 'SHIFT' || kind === 'TASK';
}

export interface NeedText {
  /** An amount of this need in words: "2 mensen", "20 tegels", "€ 12,50". */
  amount: (need: Pick<NeedFieldsFragment, 'kind' | 'unit'>, amount: number) => string;
  /** "3 van de 5 mensen", "€ 40,00 van € 100,00". */
  progress: (need: NeedFieldsFragment) => string;
  /** When and where a shift is, when a task is due: one line, or null. */
  when: (need: Pick<NeedFieldsFragment, 'kind' | 'startsAt' | 'endsAt' | 'place' | 'dueOn'>) => string | null;
}

export function useNeedText(): NeedText {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const locale = LOCALES[i18n.language] ?? 'nl-NL';

  const amount = useCallback(
    (need: Pick<NeedFieldsFragment, 'kind' | 'unit'>, value: number): string => {
      switch (need.kind) {
        case 'MONEY':
          return formatMoney(value);
        case 'SHIFT':
        case 'TASK':
          return t('needs.people', { count: value });
        case 'MATERIAL':
          return need.unit ? `${value} ${need.unit}` : t('needs.pieces', { count: value });
        case 'SPACE':
          return t('needs.spaces', { count: value });
      }
    },
    [t, formatMoney],
  );

  const progress = useCallback(
    (need: NeedFieldsFragment): string =>
      t('needs.progress', { pledged: amount(need, need.pledged), capacity: amount(need, need.capacity) }),
    [t, amount],
  );

  const when = useCallback(
    (need: Pick<NeedFieldsFragment, 'kind' | 'startsAt' | 'endsAt' | 'place' | 'dueOn'>): string | null => {
      const parts: string[] = [];
      if (need.startsAt) {
        const start = new Date(need.startsAt);
        const day = new Intl.DateTimeFormat(locale, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'Europe/Amsterdam',
        });
        const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
        parts.push(
          need.endsAt
            ? t('needs.fromTo', { day: day.format(start), from: time.format(start), to: time.format(new Date(need.endsAt)) })
            : `${day.format(start)} ${time.format(start)}`,
        );
      }
      if (need.dueOn) {
        const due = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
          new Date(`${need.dueOn}T12:00:00Z`),
        );
        parts.push(t('needs.before', { date: due }));
      }
      if (need.place) {
        parts.push(need.place);
      }
      return parts.length > 0 ? parts.join(' · ') : null;
    },
    [t, locale],
  );

  return { amount, progress, when };
}
