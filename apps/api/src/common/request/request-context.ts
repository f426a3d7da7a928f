import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from '../i18n/messages.js';

export interface RequestContextData {
  language: Language;
  requestId: string;
}

/** Per-request values that code deep in the stack (error formatting) needs without threading them through. */
export const requestContext = new AsyncLocalStorage<RequestContextData>();

export function currentLanguage(): Language {
  return requestContext.getStore()?.language ?? 'nl';
}
