import { Injectable } from '@nestjs/common';
import { isStaff, type Role } from '#domain';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { PASSWORD_MIN_STAFF } from '#domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository.js';
import type { UserEntity } from '../auth/user.entity.js';
import { UserRepository } from '../auth/user.repository.js';

/** Admins grant and take away staff roles inside their own municipality. */
@Injectable()
export class UserRoleService {
  constructor(
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async setRole(admin: Actor, userId: string, role: Role): Promise<UserEntity> {
    if (userId === admin.userId) {
      throw new AppError(ErrorCode.CONFLICT, 'user.cannotChangeOwnRole');
    }
    const user = await this.users.findById(admin.municipalityId, userId);
    if (!user) {
      throw notFound();
    }
    if (isStaff(role) && !user.passwordFitsStaff) {
      throw new AppError(ErrorCode.CONFLICT, 'user.staffPasswordTooShort', { min: PASSWORD_MIN_STAFF });
    }
    if (user.role !== role) {
      await this.db.transaction(async (manager) => {
        await manager.query(`UPDATE app_user SET role = $3, updated_at = now() WHERE municipality_id = $1 AND id = $2`, [
          admin.municipalityId,
          userId,
          role,
        ]);
        // A role change ends the person's sessions: the next request is checked with the new role.
        await manager.query(
          `UPDATE user_session SET revoked_at = now() WHERE municipality_id = $1 AND user_id = $2 AND revoked_at IS NULL`,
          [admin.municipalityId, userId],
        );
        await this.audit.append(manager, {
          municipalityId: admin.municipalityId,
          actorId: admin.userId,
          action: 'user.role_changed',
          targetType: 'user',
          targetId: userId,
          summary: { from: user.role, to: role },
          ip: admin.ip,
        });
      });
    }
    return { ...user, role };
  }
}
