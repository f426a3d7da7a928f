import { Inject, Injectable } from '@nestjs/common';
import { defaultFrequency, NOTIFICATION_KINDS, type Frequency, type NotificationKind } from '#domain';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { UserRepository } from '../auth/user.repository.js';
import { NotificationRepository } from './notification.repository.js';
import { verifyUnsubscribe } from './unsubscribe-token.js';

export interface Preference {
  kind: NotificationKind;
  frequency: Frequency;
}

/** Preferences per kind (defaults filled in) and one-click unsubscribe. */
@Injectable()
export class NotificationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationRepository,
    private readonly users: UserRepository,
  ) {}

  async preferences(actor: Actor): Promise<Preference[]> {
    const chosen = await this.notifications.preferences(actor.userId);
    return NOTIFICATION_KINDS.map((kind) => ({ kind, frequency: chosen.get(kind) ?? defaultFrequency(actor.role) }));
  }

  async set(actor: Actor, kind: NotificationKind, frequency: Frequency): Promise<Preference> {
    await this.notifications.setPreference(actor.municipalityId, actor.userId, kind, frequency);
    return { kind, frequency };
  }

  /** Turns off e-mail of one kind for the person named in a signed unsubscribe link. */
  async unsubscribe(token: string): Promise<Preference> {
    const claim = verifyUnsubscribe(this.config.jwtSecret, token);
    const user = claim ? await this.users.findById(claim.municipalityId, claim.userId) : null;
    if (!claim || !user || !(await this.notifications.setPreference(claim.municipalityId, claim.userId, claim.kind, 'off'))) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'notification.unsubscribeInvalid');
    }
    return { kind: claim.kind, frequency: 'off' };
  }
}
