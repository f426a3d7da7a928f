import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isStaff } from '#domain';
import { DataSource } from 'typeorm';
import { conflict } from '../../../common/errors/app-error.js';
import type { Actor } from '../../../common/request/request-types.js';
import { AuditRepository } from '../../audit/audit.repository.js';
import { SecondFactorRepository } from './second-factor.repository.js';

export interface SecondFactorStatus {
  readonly enabled: boolean;
  readonly unusedRecoveryCodes: number;
  readonly requiredForStaff: boolean;
  /** The policy applies to this person (staff) and the factor is not on yet. */
  readonly mustEnrol: boolean;
}

/** The municipality's rule "staff must use a second factor", and a person's state under it. */
@Injectable()
export class SecondFactorPolicyService {
  constructor(
    private readonly factors: SecondFactorRepository,
    private readonly audit: AuditRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async status(actor: Actor): Promise<SecondFactorStatus> {
    const found = await this.factors.status(actor);
    // actor.role may be lowered while enrolment is pending; the flag tells the truth about staff.
    const staff = isStaff(actor.role) || actor.mustEnrolSecondFactor === true;
    return { ...found, mustEnrol: staff && found.requiredForStaff && !found.enabled };
  }

  /** Admins: staff without a second factor keep only enrolment until they set one up. Audited. */
  async setRequiredForStaff(admin: Actor, required: boolean): Promise<SecondFactorStatus> {
    // The admin who switches it on must not lock themselves out of the admin pages.
    if (required && !(await this.factors.status(admin)).enabled) {
      throw conflict('secondFactor.enableYourselfFirst');
    }
    await this.db.transaction(async (manager) => {
      const before = await this.factors.setPolicy(manager, admin.municipalityId, required);
      if (before !== required) {
        await this.audit.append(manager, {
          municipalityId: admin.municipalityId,
          actorId: admin.userId,
          action: 'municipality.second_factor_policy_changed',
          targetType: 'municipality',
          targetId: admin.municipalityId,
          summary: { from: before, to: required },
          ip: admin.ip,
        });
      }
    });
    return this.status(admin);
  }
}
