import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, type RateLimitSettings } from '../../config/app-config.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { RateLimitOutcome, RateLimitRule, RateLimitStore } from './rate-limit-store.js';

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

export type RateLimitName = keyof RateLimitSettings;

/** The RATE_LIMITED error: a translated "try again in …" and `extensions.retryAfterSeconds`. */
export function rateLimitedError(retryAfterMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return seconds < 90
    ? new AppError(ErrorCode.RATE_LIMITED, 'error.rateLimitedSeconds', { seconds }, [], { retryAfterSeconds: seconds })
    : new AppError(ErrorCode.RATE_LIMITED, 'error.rateLimitedMinutes', { minutes: Math.ceil(seconds / 60) }, [], {
        retryAfterSeconds: seconds,
      });
}

/**
 * Every rate limit of the API (README, "Limits"), by name, over one store (Redis when
 * configured). When the store fails (Redis down) the request is let through and a warning logged:
 * losing the limits for a while is better than refusing every resident.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger('RateLimiter');
  private lastWarning = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RATE_LIMIT_STORE) readonly store: RateLimitStore,
  ) {}

  rule(name: RateLimitName): RateLimitRule {
    const settings = this.config.rateLimits[name];
    return {
      limit: settings.limit,
      windowMs: settings.windowSeconds * 1000,
      maxLockMs: 'maxLockMinutes' in settings ? settings.maxLockMinutes * 60_000 : 0,
    };
  }

  /** Counts one hit for `subject` (an address, a user id, an e-mail) under the named limit. */
  async hit(name: RateLimitName, subject: string): Promise<RateLimitOutcome> {
    try {
      return await this.store.consume(this.key(name, subject), this.rule(name));
    } catch (error) {
      this.warn(error);
      return { allowed: true, retryAfterMs: 0 };
    }
  }

  /** Like `hit`, but throws RATE_LIMITED (and sets `Retry-After` when `res` is given) when over the limit. */
  async enforce(name: RateLimitName, subject: string, res?: Response): Promise<void> {
    const outcome = await this.hit(name, subject);
    if (!outcome.allowed) {
      const error = rateLimitedError(outcome.retryAfterMs);
      res?.setHeader('Retry-After', String(error.extensions.retryAfterSeconds));
      throw error;
    }
  }

  async reset(name: RateLimitName, subject: string): Promise<void> {
    try {
      await this.store.reset(this.key(name, subject));
    } catch (error) {
      this.warn(error);
    }
  }

  /** Subjects are hashed: no e-mail addresses in Redis, and bounded key length. */
  private key(name: RateLimitName, subject: string): string {
    return `${name}:${createHash('sha256').update(subject).digest('base64url').slice(0, 32)}`;
  }

  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning > 10_000) {
      this.lastWarning = Date.now();
      this.logger.warn(`Rate-limit store unavailable, not limiting: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
