import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { IMAGE_LIMITS } from '#domain';
import { pickLanguage } from '../i18n/messages.js';
import { requestContext } from '../request/request-context.js';
import { AppError, badInput, notFound } from './app-error.js';
import { ErrorCode } from './error-code.js';
import { formatError } from './format-error.js';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.SECOND_FACTOR_REQUIRED]: HttpStatus.FORBIDDEN,
  [ErrorCode.LOGIN_CODE_NEEDED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.TEMPORARILY_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** Nest's own HTTP exceptions (multer's size limit, an unknown route) as the API's errors. */
function asAppError(exception: unknown): unknown {
  if (!(exception instanceof HttpException)) {
    return exception;
  }
  const status: number = exception.getStatus();
  switch (status) {
    case 413:
      return new AppError(ErrorCode.BAD_USER_INPUT, 'image.tooLarge', { megabytes: IMAGE_LIMITS.maxBytes / 1024 / 1024 }, [
        { field: 'file', key: 'image.tooLarge', params: { megabytes: IMAGE_LIMITS.maxBytes / 1024 / 1024 } },
      ]);
    case 404:
      return notFound();
    default:
      return status < 500 ? badInput([]) : exception;
  }
}

/**
 * Errors of REST routes (uploads, media) in the same shape, codes and translated messages as the
 * GraphQL endpoint: `{ errors: [{ message, extensions: { code, fields? } }] }`, through `formatError`.
 */
@Catch()
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const error = asAppError(exception);
    const language = pickLanguage(undefined, req.header('accept-language'));
    const formatted = requestContext.run({ language, requestId: req.header('x-request-id') ?? '' }, () =>
      formatError({ message: '' }, error),
    );
    const code = formatted.extensions?.code as ErrorCode;
    // Too large keeps its own status (413) beside the BAD_USER_INPUT code.
    const status =
      exception instanceof HttpException && exception.getStatus() === 413
        ? HttpStatus.PAYLOAD_TOO_LARGE
        : (STATUS[code] ?? HttpStatus.INTERNAL_SERVER_ERROR);
    if (res.headersSent) {
      return;
    }
    const retryAfter = formatted.extensions?.retryAfterSeconds;
    if (typeof retryAfter === 'number') {
      res.setHeader('Retry-After', String(retryAfter));
    }
    res.setHeader('Cache-Control', 'no-store');
    res.status(status).json({ errors: [{ message: formatted.message, extensions: formatted.extensions }] });
  }
}
