import type nl from '../app/i18n/nl.json';

type ValidationKey = keyof (typeof nl)['validation'];

/** A message the interface shows: a translation key (re-translated on language switch) or server text. */
export type Message = { key: `validation.${ValidationKey}` | 'common.networkError' | 'common.unknownError' } | { text: string };
