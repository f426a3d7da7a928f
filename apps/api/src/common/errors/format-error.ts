import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { translate } from '../i18n/messages.js';
import { currentLanguage } from '../request/request-context.js';
import { AppError } from './app-error.js';
import { isDatabaseUnavailable } from './database-errors.js';
import { ErrorCode } from './error-code.js';

const logger = new Logger('GraphQLError');

/** Apollo's own codes for a request that is not a valid GraphQL operation. */
const QUERY_PROBLEMS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Every error leaves the API through here: a stable `extensions.code`, a message in the
 * request's language, field errors for forms, and never a stack trace, SQL or internal text.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const language = currentLanguage();
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return {
      ...base,
      message: translate(original.key, language, original.params),
      extensions: {
        code: original.code,
        ...original.extensions,
        ...(original.fields.length > 0 && {
          fields: original.fields.map((field) => ({
            field: field.field,
            message: translate(field.key, language, field.params),
          })),
        }),
      },
    };
  }

  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && QUERY_PROBLEMS.has(apolloCode)) {
    return {
      ...base,
      message: translate('error.invalidQuery', language, { detail: formatted.message }),
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }

  if (isDatabaseUnavailable(original)) {
    logger.warn(`Database unavailable: ${original instanceof Error ? original.message : String(original)}`);
    return {
      ...base,
      message: translate('error.temporarilyUnavailable', language),
      extensions: { code: ErrorCode.TEMPORARILY_UNAVAILABLE, retryAfterSeconds: 5 },
    };
  }

  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    ...base,
    message: translate('error.internal', language),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
