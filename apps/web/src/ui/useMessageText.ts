import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from './messages';

/** Returns a function that turns a Message into the text to show in the current language. */
export function useMessageText(): (message: Message) => string {
  const { t } = useTranslation();
  return useCallback((message: Message) => ('key' in message ? t(message.key) : message.text), [t]);
}
