import type { NextFunction, Request, Response } from 'express';
import { pickLanguage, translate } from '../i18n/messages.js';
import { RateLimiter, rateLimitedError } from './rate-limiter.service.js';

/**
 * Every request per client address (`requestsPerIp`), before anything else runs; health checks
 * and metrics are exempt. Over the limit: HTTP 429, `Retry-After` and a GraphQL-shaped error body.
 */
export function requestRateLimit(limiter: RateLimiter) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path.startsWith('/health') || req.path === '/metrics') {
      next();
      return;
    }
    limiter.hit('requestsPerIp', req.ip ?? 'unknown').then((outcome) => {
      if (outcome.allowed) {
        next();
        return;
      }
      const error = rateLimitedError(outcome.retryAfterMs);
      const language = pickLanguage(undefined, req.header('accept-language'));
      res
        .status(429)
        .setHeader('Retry-After', String(error.extensions.retryAfterSeconds))
        .json({
          errors: [{ message: translate(error.key, language, error.params), extensions: { code: error.code, ...error.extensions } }],
        });
    }, next);
  };
}
