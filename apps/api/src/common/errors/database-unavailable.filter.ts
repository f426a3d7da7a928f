import { type ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { pickLanguage, translate } from '../i18n/messages.js';
import { isDatabaseUnavailable } from './database-errors.js';
import { ErrorCode } from './error-code.js';

/**
 * A database outage met outside a resolver (the session lookup in the middleware, a health or
 * REST route) answers 503 with `Retry-After` and a GraphQL-shaped TEMPORARILY_UNAVAILABLE error,
 * not a bare 500. Everything else goes on as Nest would handle it; GraphQL errors are untouched
 * (format-error.ts maps those).
 */
@Catch()
export class DatabaseUnavailableFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('DatabaseUnavailable');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      throw exception;
    }
    if (!isDatabaseUnavailable(exception)) {
      super.catch(exception, host);
      return undefined;
    }
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    this.logger.warn(
      `Database unavailable (${req.method} ${req.path}): ${exception instanceof Error ? exception.message : String(exception)}`,
    );
    const message = translate('error.temporarilyUnavailable', pickLanguage(undefined, req.header('accept-language')));
    res
      .status(503)
      .setHeader('Retry-After', '5')
      .json({ errors: [{ message, extensions: { code: ErrorCode.TEMPORARILY_UNAVAILABLE, retryAfterSeconds: 5 } }] });
    return undefined;
  }
}
