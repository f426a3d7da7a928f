import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isStaff } from '#domain';
import { DataSource } from 'typeorm';
import { AppError, badInput, conflict } from '../../../common/errors/app-error.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import type { Actor } from '../../../common/request/request-types.js';
import { AuditRepository } from '../../audit/audit.repository.js';
import { PasswordHasher } from '../password-hasher.service.js';
import type { Http } from '../session.service.js';
import { UserRepository } from '../user.repository.js';
import { SecondFactorCodes } from './second-factor-codes.service.js';
import { SecondFactorRepository } from './second-factor.repository.js';

/** Turning the second factor off: needs the password and a code; not for staff whose municipality requires it. */
@Injectable()
export class SecondFactorRemovalService {
  constructor(
    private readonly factors: SecondFactorRepository,
    private readonly codes: SecondFactorCodes,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async disable(actor: Actor, input: { password: string; code: string }, http: Http): Promise<void> {
    const user = await this.users.findById(actor.municipalityId, actor.userId);
    const factor = await this.factors.find(actor);
    if (!user || !factor?.enabledAt) {
      throw conflict('secondFactor.notOn');
    }
    if (isStaff(user.role) && (await this.factors.requiredForStaff(actor.municipalityId))) {
      throw new AppError(ErrorCode.FORBIDDEN, 'secondFactor.cannotDisableRequired');
    }
    await this.codes.limit(actor, http);
    if (!(await this.hasher.verify(user.passwordHash, input.password))) {
      throw badInput([{ field: 'password', key: 'auth.wrongCurrentPassword' }]);
    }
    if (!(await this.codes.check(actor, input.code, { allowRecovery: true, ip: actor.ip }))) {
      throw badInput([{ field: 'code', key: 'secondFactor.wrongCode' }]);
    }
    await this.db.transaction(async (manager) => {
      await this.factors.remove(manager, actor);
      await this.audit.append(manager, {
        municipalityId: actor.municipalityId,
        actorId: actor.userId,
        action: 'user.second_factor_disabled',
        targetType: 'user',
        targetId: actor.userId,
        summary: {},
        ip: actor.ip,
      });
    });
  }
}
