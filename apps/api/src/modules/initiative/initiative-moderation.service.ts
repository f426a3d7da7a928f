import { Injectable } from '@nestjs/common';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { InitiativeLifecycleService } from './initiative-lifecycle.service.js';
import { InitiativeRepository, type InitiativeRow } from './initiative.repository.js';
import { InitiativeService } from './initiative.service.js';

export type ModerationDecision = 'approve' | 'request_changes' | 'reject';

const DECISION_TARGET = { approve: 'published', request_changes: 'changes_requested', reject: 'rejected' } as const;

/** Facilitators: decide on submissions, and hide or restore published initiatives (kept, with a reason). */
@Injectable()
export class InitiativeModerationService {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly lifecycle: InitiativeLifecycleService,
    private readonly reader: InitiativeService,
    private readonly audit: AuditRepository,
  ) {}

  moderate(actor: Actor, id: string, decision: ModerationDecision, reason: string | null): Promise<InitiativeRow> {
    return this.lifecycle.transition(actor, id, DECISION_TARGET[decision], reason);
  }

  async setHidden(actor: Actor, id: string, reason: string | null): Promise<InitiativeRow> {
    await this.initiatives.transaction(async (manager) => {
      const current = await this.initiatives.lockForUpdate(manager, actor.municipalityId, id);
      if (!current) {
        throw notFound();
      }
      const hide = reason !== null;
      if (hide === (current.hiddenAt !== null)) {
        throw new AppError(ErrorCode.CONFLICT, hide ? 'initiative.alreadyHidden' : 'initiative.notHidden');
      }
      await this.initiatives.setHidden(manager, id, reason);
      await this.audit.append(manager, {
        municipalityId: actor.municipalityId,
        actorId: actor.userId,
        action: hide ? 'initiative.hidden' : 'initiative.restored',
        targetType: 'initiative',
        targetId: id,
        summary: { reason, previousReason: current.hiddenReason },
        ip: actor.ip,
      });
    });
    return this.reader.get(actor.municipalityId, id, actor);
  }
}
