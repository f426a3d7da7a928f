import { type CanActivate, type ExecutionContext, Injectable, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';
import { IMAGE_LIMITS } from '#domain';
import { AppError, unauthenticated } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service.js';
import type { DialoogRequest } from '../../common/request/request-types.js';

/** Headers a cross-site form cannot send: their presence forces a CORS preflight (as the GraphQL endpoint's CSRF check). */
const PREFLIGHT_HEADERS = ['x-requested-with', 'apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * Runs before the body is read: a known municipality, a non-simple header against cross-site
 * requests, a session, the per-person mutation limit, and a declared length within the limit.
 */
@Injectable()
export class UploadGuard implements CanActivate {
  constructor(private readonly limiter: RateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<DialoogRequest>();
    const res = context.switchToHttp().getResponse<Response>();
    if (!req.municipality) {
      throw new AppError(ErrorCode.NOT_FOUND, 'error.unknownMunicipality');
    }
    if (!PREFLIGHT_HEADERS.some((name) => (req.header(name) ?? '').trim() !== '')) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'image.headerRequired');
    }
    if (!req.actor) {
      throw unauthenticated();
    }
    await this.limiter.enforce('mutationsPerUser', req.actor.userId, res);
    // The form fields add a little; multer's own limit checks the file itself as it streams.
    if (Number(req.header('content-length') ?? 0) > IMAGE_LIMITS.maxBytes + 64 * 1024) {
      throw new PayloadTooLargeException();
    }
    return true;
  }
}
