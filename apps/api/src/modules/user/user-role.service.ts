import { Injectable } from '@nestjs/common';
import { isStaff, type Role } from '#domain';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { PASSWORD_MIN_STAFF } from '#domain';
import { SessionRepository } from '../auth/session.repository.js';
import type { UserEntity } from '../auth/user.entity.js';
import { UserRepository } from '../auth/user.repository.js';

/** Admins grant and take away staff roles inside their own municipality. */
@Injectable()
export class UserRoleService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
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
      await this.users.setRole(admin.municipalityId, userId, role);
      // A role change ends the person's sessions: the next request is checked with the new role.
      await this.sessions.revokeAllOf(admin.municipalityId, userId);
    }
    return { ...user, role };
  }
}
