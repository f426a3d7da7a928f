import { AppError } from '../errors/app-error.js';
import type { PageInfo } from './connection.type.js';
import { ErrorCode } from '../errors/error-code.js';

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

/** A keyset position: the sort value and the id as a tie-breaker. */
export interface Cursor {
  readonly value: string;
  readonly id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (raw === null || raw === undefined || raw === '') {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      const [value, id] = parsed as [string, string];
      if (UUID.test(id)) {
        return { value, id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError(ErrorCode.BAD_USER_INPUT, 'error.badInput', {}, [{ field: 'after', key: 'field.invalid' }]);
}

/** `first`, refused when out of range rather than silently clamped, so clients learn the limit. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_SIZE_MAX) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'error.badInput', {}, [
      { field: 'first', key: 'field.range', params: { min: 1, max: PAGE_SIZE_MAX } },
    ]);
  }
  return size;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}
