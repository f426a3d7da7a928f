import type nl from '../app/i18n/nl.json';

type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K & string : never }[keyof T];
type KeysOf<Block extends keyof typeof nl> = `${Block}.${TextKeys<(typeof nl)[Block]>}`;

/** Translation keys a form may show as a field or general error. */
export type MessageKey =
  KeysOf<'validation'> | KeysOf<'partner'> | KeysOf<'addNeed'> | KeysOf<'admin'> | 'common.networkError' | 'common.unknownError';

/** A message the interface shows: a translation key (re-translated on language switch) or server text. */
export type Message = { key: MessageKey } | { text: string };
