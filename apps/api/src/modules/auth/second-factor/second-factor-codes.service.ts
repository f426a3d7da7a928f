import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RateLimiter } from '../../../common/rate-limit/rate-limiter.service.js';
import type { Http } from '../session.service.js';
import { AuditRepository } from '../../audit/audit.repository.js';
import { SecondFactorCipher } from './second-factor-cipher.service.js';
import { SecondFactorRepository } from './second-factor.repository.js';
import { matchingTotpStep, normaliseRecoveryCode } from './totp.js';

export type Owner = { readonly municipalityId: string; readonly userId: string };

/** The per-account counter for second-factor codes (login, confirm, disable): grows its lock like password attempts. */
export const secondFactorSubject = (owner: Owner): string => `second-factor:${owner.municipalityId}:${owner.userId}`;

/**
 * Checks a code from the authenticator app (each time step once) or, where allowed, a recovery
 * code (each once; its use is audited). Every attempt counts against the account's and the
 * address's limits; a right code clears the account's count.
 */
@Injectable()
export class SecondFactorCodes {
  constructor(
    private readonly factors: SecondFactorRepository,
    private readonly cipher: SecondFactorCipher,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async limit(owner: Owner, http: Http): Promise<void> {
    await this.limiter.enforce('authPerIp', http.req.ip ?? 'unknown', http.res);
    await this.limiter.enforce('perAccount', secondFactorSubject(owner), http.res);
  }

  /**
   * Whether `code` is right for this account's factor (enabled, or still being enrolled when
   * `pending` is allowed). A recovery code counts only with `allowRecovery`.
   */
  async check(
    owner: Owner,
    code: string,
    opts: { allowRecovery: boolean; allowPending?: boolean; ip?: string },
  ): Promise<'totp' | 'recovery' | null> {
    const factor = await this.factors.find(owner);
    if (!factor || (!factor.enabledAt && !opts.allowPending)) {
      return null;
    }
    const step = matchingTotpStep(this.cipher.decrypt(factor.secretEncrypted, owner.userId), code);
    if (step !== null) {
      return (await this.factors.claimStep(owner, step)) ? this.passed(owner, 'totp') : null;
    }
    const recovery = opts.allowRecovery && factor.enabledAt ? normaliseRecoveryCode(code) : null;
    if (!recovery) {
      return null;
    }
    const used = await this.db.transaction(async (manager) => {
      if (!(await this.factors.useRecoveryCode(owner, recovery, manager))) {
        return false;
      }
      await this.audit.append(manager, {
        municipalityId: owner.municipalityId,
        actorId: owner.userId,
        action: 'user.second_factor_recovery_code_used',
        targetType: 'user',
        targetId: owner.userId,
        summary: {},
        ip: opts.ip ?? null,
      });
      return true;
    });
    return used ? this.passed(owner, 'recovery') : null;
  }

  private async passed(owner: Owner, kind: 'totp' | 'recovery'): Promise<'totp' | 'recovery'> {
    await this.limiter.reset('perAccount', secondFactorSubject(owner));
    return kind;
  }
}
