import { Injectable } from '@nestjs/common';
import { AppError, badInput } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service.js';
import { AccountMailService } from './account-mail.service.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { loginSubject } from './auth.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { assertPasswordAllowed, normaliseEmail } from './password-policy.js';
import { SecondFactorLoginService } from './second-factor/second-factor-login.service.js';
import { SessionService, type Http } from './session.service.js';
import type { UserEntity } from './user.entity.js';
import { UserRepository } from './user.repository.js';

/** "Forgot password": a single-use link by e-mail (1 hour), the same answer for any address. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly mail: AccountMailService,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly secondFactor: SecondFactorLoginService,
  ) {}

  /** Mails a link when the address belongs to an enabled account; says nothing about whether it does. */
  async request(municipalityId: string, email: string, http: Http): Promise<void> {
    if ([...email].length > 254) {
      throw badInput([{ field: 'email', key: 'field.tooLong', params: { max: 254 } }]);
    }
    await this.limiter.enforce('authPerIp', http.req.ip ?? 'unknown', http.res);
    await this.limiter.enforce('perAccount', `reset:${municipalityId}:${normaliseEmail(email)}`, http.res);
    const user = await this.users.findByEmail(municipalityId, email.trim());
    if (user && !user.disabledAt) {
      this.mail.passwordReset(user, await this.tokens.issue(municipalityId, user.id, 'reset_password'));
    }
  }

  /**
   * Sets the new password (policy checked before the link is used up), confirms the e-mail
   * address (the link proved it), ends every session, lifts the login lock and signs this browser in.
   */
  async reset(municipalityId: string, token: string, newPassword: string, http: Http): Promise<UserEntity> {
    await this.limiter.enforce('authPerIp', http.req.ip ?? 'unknown', http.res);
    const invalid = new AppError(ErrorCode.BAD_USER_INPUT, 'auth.resetLinkInvalid');
    const pending = await this.tokens.peek(municipalityId, 'reset_password', token);
    const user = pending ? await this.users.findById(municipalityId, pending) : null;
    if (!user || user.disabledAt) {
      throw invalid;
    }
    const { fitsStaff } = assertPasswordAllowed(newPassword, user, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    if ((await this.tokens.consume(municipalityId, 'reset_password', token)) !== user.id) {
      throw invalid;
    }
    await this.users.setPassword(municipalityId, user.id, passwordHash, fitsStaff);
    await this.users.markEmailVerified(municipalityId, user.id);
    await this.sessions.endAllOf(user);
    await this.limiter.reset('perAccount', loginSubject(municipalityId, user.email));
    // A link from the mailbox is no second factor: with one on, the code is asked as after a password.
    await this.secondFactor.demandCodeIfOn(user, http);
    await this.sessions.start(user, http);
    return { ...user, passwordHash, passwordFitsStaff: fitsStaff, emailVerifiedAt: user.emailVerifiedAt ?? new Date() };
  }
}
