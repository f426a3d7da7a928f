import { Injectable } from '@nestjs/common';
import type { Language } from '../../common/i18n/messages.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service.js';
import { AccountMailService } from './account-mail.service.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { assertPasswordAllowed, normaliseEmail } from './password-policy.js';
import type { Http } from './session.service.js';
import { UserRepository } from './user.repository.js';

/**
 * Registration that does not tell whether an e-mail address is known: the same answer, in about
 * the same time, no cookie, and a mail to the address either way — a verification link for a new
 * account, "someone tried to register" (log in / choose a new password) for an existing one.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly verification: EmailVerificationService,
    private readonly mail: AccountMailService,
    private readonly limiter: RateLimiter,
  ) {}

  async register(
    municipalityId: string,
    input: { email: string; password: string; displayName: string },
    language: Language,
    http: Http,
  ): Promise<void> {
    await this.limiter.enforce('registerPerIp', http.req.ip ?? 'unknown', http.res);
    const email = normaliseEmail(input.email);
    const { fitsStaff } = assertPasswordAllowed(input.password, { role: 'resident', email, displayName: input.displayName });
    const passwordHash = await this.hasher.hash(input.password);
    const created = await this.users.insert({
      municipalityId,
      email,
      displayName: input.displayName,
      passwordHash,
      passwordFitsStaff: fitsStaff,
      role: 'resident',
      language,
    });
    const user = created ?? (await this.users.findByEmail(municipalityId, email));
    if (!user || user.disabledAt) {
      return;
    }
    if (created) {
      await this.verification.send(user);
    } else {
      // Also for an unconfirmed account: a new verification link would let whoever registered
      // first (and knows that password) end up with a confirmed account. Resetting the password
      // confirms the address and ends every session instead.
      this.mail.alreadyRegistered(user);
    }
  }
}
