import type { MessageKey } from '../i18n/messages.js';
import { ErrorCode } from './error-code.js';

export interface FieldError {
  readonly field: string;
  readonly key: MessageKey;
  readonly params?: Record<string, string | number>;
}

/**
 * A failure the client may see: a stable code and a message key that is translated
 * into the request's language when the response is written.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fields: readonly FieldError[] = [],
    /** Extra `extensions` for the client, e.g. `{ retryAfterSeconds }`. */
    readonly extensions: Readonly<Record<string, string | number | boolean>> = {},
  ) {
    super(key);
    this.name = 'AppError';
  }
}

export const notFound = (): AppError => new AppError(ErrorCode.NOT_FOUND, 'error.notFound');
export const forbidden = (): AppError => new AppError(ErrorCode.FORBIDDEN, 'error.forbidden');
export const unauthenticated = (): AppError => new AppError(ErrorCode.UNAUTHENTICATED, 'error.unauthenticated');
export const badInput = (fields: readonly FieldError[]): AppError => new AppError(ErrorCode.BAD_USER_INPUT, 'error.badInput', {}, fields);
export const conflict = (key: MessageKey, params: Record<string, string | number> = {}): AppError =>
  new AppError(ErrorCode.CONFLICT, key, params);
