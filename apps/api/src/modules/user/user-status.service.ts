import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { UserEntity } from '../auth/user.entity.js';
import { UserRepository } from '../auth/user.repository.js';

/** Admins disable (and enable again) accounts in their municipality; audited. Disabling ends every session. */
@Injectable()
export class UserStatusService {
  constructor(
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async setDisabled(admin: Actor, userId: string, disabled: boolean): Promise<UserEntity> {
    if (userId === admin.userId) {
      throw new AppError(ErrorCode.CONFLICT, 'user.cannotDisableSelf');
    }
    const user = await this.users.findById(admin.municipalityId, userId);
    if (!user) {
      throw notFound();
    }
    if ((user.disabledAt !== null) === disabled) {
      return user;
    }
    const disabledAt = disabled ? new Date() : null;
    await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE app_user SET disabled_at = $3, updated_at = now() WHERE municipality_id = $1 AND id = $2`, [
        admin.municipalityId,
        userId,
        disabledAt,
      ]);
      if (disabled) {
        // The old cookie is refused at its next request (the session check also requires an enabled user).
        await manager.query(
          `UPDATE user_session SET revoked_at = now() WHERE municipality_id = $1 AND user_id = $2 AND revoked_at IS NULL`,
          [admin.municipalityId, userId],
        );
      }
      await this.audit.append(manager, {
        municipalityId: admin.municipalityId,
        actorId: admin.userId,
        action: disabled ? 'user.disabled' : 'user.enabled',
        targetType: 'user',
        targetId: userId,
        summary: {},
        ip: admin.ip,
      });
    });
    return { ...user, disabledAt };
  }
}
