import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isStaff, PASSWORD_MIN_STAFF, type Role } from '#domain';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { MessageKey } from '../../common/i18n/messages.js';
import type { Actor } from '../../common/request/request-types.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { UserEntity } from '../auth/user.entity.js';
import { UserRepository } from '../auth/user.repository.js';
import { SessionRepository } from '../auth/session.repository.js';

interface AccountChange {
  readonly values: Partial<Pick<UserEntity, 'role' | 'disabledAt'>>;
  readonly action: string;
  readonly summary: Record<string, unknown>;
  /** Whether the person's sessions end: their next request is checked against the new account state. */
  readonly endSessions: boolean;
}

/**
 * Admins grant and take away staff roles, and disable (and enable again) accounts, inside their own
 * municipality — never their own account. Each change ends the person's sessions where it matters and
 * is audited, in one transaction.
 */
@Injectable()
export class UserAdministrationService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async setRole(admin: Actor, userId: string, role: Role): Promise<UserEntity> {
    const user = await this.otherAccount(admin, userId, 'user.cannotChangeOwnRole');
    if (isStaff(role) && !user.passwordFitsStaff) {
      throw new AppError(ErrorCode.CONFLICT, 'user.staffPasswordTooShort', { min: PASSWORD_MIN_STAFF });
    }
    if (user.role === role) {
      return user;
    }
    await this.apply(admin, userId, {
      values: { role },
      action: 'user.role_changed',
      summary: { from: user.role, to: role },
      endSessions: true,
    });
    return { ...user, role };
  }

  async setDisabled(admin: Actor, userId: string, disabled: boolean): Promise<UserEntity> {
    const user = await this.otherAccount(admin, userId, 'user.cannotDisableSelf');
    if ((user.disabledAt !== null) === disabled) {
      return user;
    }
    const disabledAt = disabled ? new Date() : null;
    await this.apply(admin, userId, {
      values: { disabledAt },
      action: disabled ? 'user.disabled' : 'user.enabled',
      summary: {},
      endSessions: disabled,
    });
    return { ...user, disabledAt };
  }

  private async otherAccount(admin: Actor, userId: string, ownAccountMessage: MessageKey): Promise<UserEntity> {
    if (userId === admin.userId) {
      throw new AppError(ErrorCode.CONFLICT, ownAccountMessage);
    }
    const user = await this.users.findById(admin.municipalityId, userId);
    if (!user) {
      throw notFound();
    }
    return user;
  }

  private async apply(admin: Actor, userId: string, change: AccountChange): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.users.setAdministered(manager, admin.municipalityId, userId, change.values);
      if (change.endSessions) {
        await this.sessions.revokeAllOf(admin.municipalityId, userId, manager);
      }
      await this.audit.append(manager, {
        municipalityId: admin.municipalityId,
        actorId: admin.userId,
        action: change.action,
        targetType: 'user',
        targetId: userId,
        summary: change.summary,
        ip: admin.ip,
      });
    });
  }
}
