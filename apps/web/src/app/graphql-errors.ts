import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'LOGIN_CODE_NEEDED'
  | 'SECOND_FACTOR_REQUIRED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface AppError {
  code: ErrorCode;
  /** Already translated by the API (it honours Accept-Language); null when there is none. */
  message: string | null;
  /** Per input field (the input's field name), for BAD_USER_INPUT. */
  fields: Record<string, string>;
}

const KNOWN_CODES: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'LOGIN_CODE_NEEDED',
  'SECOND_FACTOR_REQUIRED',
  'INTERNAL_SERVER_ERROR',
];

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): AppError {
  const first = errors[0];
  const rawCode = first?.extensions?.['code'];
  const code = KNOWN_CODES.find((known) => known === rawCode) ?? 'INTERNAL_SERVER_ERROR';
  const fields: Record<string, string> = {};
  const rawFields = first?.extensions?.['fields'];
  if (Array.isArray(rawFields)) {
    for (const entry of rawFields as unknown[]) {
      if (entry && typeof entry === 'object') {
        const { field, message } = entry as { field?: unknown; message?: unknown };
        if (typeof field === 'string' && typeof message === 'string' && !(field in fields)) {
          fields[field] = message;
        }
      }
    }
  }
  // INTERNAL_SERVER_ERROR carries no useful details; the caller shows a generic message.
  const message = code !== 'INTERNAL_SERVER_ERROR' && first?.message ? first.message : null;
  return { code, message, fields };
}

/** Turns whatever Apollo Client threw into something a form or page can show. */
export function readAppError(error: unknown): AppError {
  if (CombinedGraphQLErrors.is(error)) {
    return fromGraphQLErrors(error.errors);
  }
  if (ServerError.is(error)) {
    // A non-2xx response may still carry a GraphQL error body.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) {
        return fromGraphQLErrors(body.errors);
      }
    } catch {
      // Not JSON: fall through.
    }
    return { code: error.statusCode === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR', message: null, fields: {} };
  }
  return { code: 'NETWORK', message: null, fields: {} };
}
