import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service.js';
import type { Actor } from '../../common/request/request-types.js';
import { AccountMailService } from './account-mail.service.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { SecondFactorLoginService } from './second-factor/second-factor-login.service.js';
import { SessionService, type Http } from './session.service.js';
import type { UserEntity } from './user.entity.js';
import { UserRepository } from './user.repository.js';

/** Confirming an e-mail address with a single-use link (48 hours). */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly mail: AccountMailService,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly secondFactor: SecondFactorLoginService,
  ) {}

  /** Issues a link and mails it (in the background). */
  async send(user: UserEntity): Promise<void> {
    const token = await this.tokens.issue(user.municipalityId, user.id, 'verify_email');
    this.mail.verifyEmail(user, token);
  }

  /** Confirms the address behind a link from the verification mail and signs that person in. */
  async verify(municipalityId: string, token: string, http: Http): Promise<UserEntity> {
    await this.limiter.enforce('authPerIp', http.req.ip ?? 'unknown', http.res);
    const userId = await this.tokens.consume(municipalityId, 'verify_email', token);
    const user = userId ? await this.users.findById(municipalityId, userId) : null;
    if (!user || user.disabledAt) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'auth.verifyLinkInvalid');
    }
    await this.users.markEmailVerified(municipalityId, user.id);
    // A link from the mailbox is no second factor: with one on, the code is asked as after a password.
    await this.secondFactor.demandCodeIfOn(user, http);
    await this.sessions.start(user, http);
    return { ...user, emailVerifiedAt: user.emailVerifiedAt ?? new Date() };
  }

  /** A new link for the signed-in person (limited like login attempts). Returns the address, or null when already confirmed. */
  async resend(actor: Actor, http: Http): Promise<string | null> {
    await this.limiter.enforce('perAccount', `verify:${actor.userId}`, http.res);
    const user = await this.users.findById(actor.municipalityId, actor.userId);
    if (!user || user.emailVerifiedAt) {
      return null;
    }
    await this.send(user);
    return user.email;
  }
}
