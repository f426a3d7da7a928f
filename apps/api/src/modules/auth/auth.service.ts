import { Injectable } from '@nestjs/common';
import { AppError, badInput } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { assertPasswordAllowed, normaliseEmail } from './password-policy.js';
import { SecondFactorLoginService } from './second-factor/second-factor-login.service.js';
import { SessionService, type Http } from './session.service.js';
import type { UserEntity } from './user.entity.js';
import { UserRepository } from './user.repository.js';

export { passwordFieldError } from './password-policy.js';

/** The per-account login counter's subject (also reset after a password reset). */
export const loginSubject = (municipalityId: string, email: string): string => `login:${municipalityId}:${normaliseEmail(email)}`;

/** Signing in and out, and changing the password. Registration and recovery: registration.service.ts, password-reset.service.ts. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly secondFactor: SecondFactorLoginService,
  ) {}

  /**
   * The same answer, in the same time, for an unknown e-mail and a wrong password (whether or not the
   * account has a second factor: that is told only after the right password). Limited per
   * address and per e-mail address (known or not); a successful login clears the account's count.
   */
  async login(municipalityId: string, input: { email: string; password: string }, http: Http): Promise<UserEntity> {
    await this.limiter.enforce('authPerIp', http.req.ip ?? 'unknown', http.res);
    await this.limiter.enforce('perAccount', loginSubject(municipalityId, input.email), http.res);
    const user = await this.users.findByEmail(municipalityId, input.email.trim());
    const ok =
      user && !user.disabledAt
        ? await this.hasher.verify(user.passwordHash, input.password)
        : await this.hasher.verifyAgainstNothing(input.password);
    if (!user || !ok) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'auth.invalidCredentials');
    }
    await this.limiter.reset('perAccount', loginSubject(municipalityId, input.email));
    // With a second factor on: no session yet, but LOGIN_CODE_NEEDED and a 5-minute pending-login cookie.
    await this.secondFactor.demandCodeIfOn(user, http);
    await this.sessions.start(user, http);
    return user;
  }

  /** Sets a new password and ends every other session; this browser gets a fresh one. */
  async changePassword(
    actor: { municipalityId: string; userId: string },
    input: { currentPassword: string; newPassword: string },
    http: Http,
  ): Promise<UserEntity> {
    const user = await this.users.findById(actor.municipalityId, actor.userId);
    if (!user || !(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      throw badInput([{ field: 'currentPassword', key: 'auth.wrongCurrentPassword' }]);
    }
    const { fitsStaff } = assertPasswordAllowed(input.newPassword, user, 'newPassword');
    await this.users.setPassword(user.municipalityId, user.id, await this.hasher.hash(input.newPassword), fitsStaff);
    await this.sessions.endAllOf(user);
    await this.sessions.start(user, http);
    return user;
  }

  logout(sessionId: string, http: Http): Promise<void> {
    return this.sessions.end(sessionId, http);
  }
}
