import { Injectable } from '@nestjs/common';
import { crossesThreshold, stampsOnEntering, supportIsOpen } from '#domain';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { requireVerifiedEmail } from '../auth/require-verified-email.js';
import { InitiativeRepository, type InitiativeRow } from '../initiative/initiative.repository.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { MunicipalityRepository } from '../municipality/municipality.repository.js';
import { SupportRepository } from './support.repository.js';

/**
 * Supporting and withdrawing support. Each call locks the initiative row, so concurrent
 * supports queue up: the counter is exact and the threshold is crossed exactly once, in the
 * same transaction as the support that crossed it.
 */
@Injectable()
export class SupportService {
  constructor(
    private readonly supports: SupportRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly reader: InitiativeService,
    private readonly municipalities: MunicipalityRepository,
    private readonly audit: AuditRepository,
  ) {}

  async support(actor: Actor, initiativeId: string): Promise<InitiativeRow> {
    requireVerifiedEmail(actor);
    const municipality = await this.municipalities.findById(actor.municipalityId);
    await this.initiatives.transaction(async (manager) => {
      const current = await this.openFor(manager, actor, initiativeId, municipality!.supportWindowDays);
      if (current.authorId === actor.userId) {
        throw new AppError(ErrorCode.CONFLICT, 'support.ownInitiative');
      }
      if (!(await this.supports.insert(manager, actor.municipalityId, initiativeId, actor.userId))) {
        throw new AppError(ErrorCode.CONFLICT, 'support.already');
      }
      const count = await this.supports.bumpCounter(manager, initiativeId, 1);
      if (crossesThreshold(current.status, count, municipality!.supportThreshold)) {
        await this.initiatives.setStatus(
          manager,
          initiativeId,
          'under_review',
          stampsOnEntering('under_review', new Date(), municipality!),
        );
        await this.initiatives.addEvent(manager, {
          municipalityId: actor.municipalityId,
          initiativeId,
          actorId: null,
          fromStatus: 'published',
          toStatus: 'under_review',
          reason: null,
        });
        await this.audit.append(manager, {
          municipalityId: actor.municipalityId,
          actorId: null,
          action: 'initiative.threshold_reached',
          targetType: 'initiative',
          targetId: initiativeId,
          summary: { from: 'published', to: 'under_review', supports: count, threshold: municipality!.supportThreshold },
        });
      }
    });
    return this.reader.get(actor.municipalityId, initiativeId, actor);
  }

  async withdraw(actor: Actor, initiativeId: string): Promise<InitiativeRow> {
    const municipality = await this.municipalities.findById(actor.municipalityId);
    await this.initiatives.transaction(async (manager) => {
      await this.openFor(manager, actor, initiativeId, municipality!.supportWindowDays);
      if (!(await this.supports.delete(manager, initiativeId, actor.userId))) {
        throw new AppError(ErrorCode.CONFLICT, 'support.notSupported');
      }
      await this.supports.bumpCounter(manager, initiativeId, -1);
    });
    return this.reader.get(actor.municipalityId, initiativeId, actor);
  }

  /** Locks the initiative and checks that support is open now. */
  private async openFor(
    manager: Parameters<Parameters<InitiativeRepository['transaction']>[0]>[0],
    actor: Actor,
    initiativeId: string,
    windowDays: number,
  ): Promise<InitiativeRow> {
    const current = await this.initiatives.lockForUpdate(manager, actor.municipalityId, initiativeId);
    if (!current || current.hiddenAt !== null || !current.publishedAt) {
      throw notFound();
    }
    if (!supportIsOpen(current.status, current.publishedAt, windowDays, new Date())) {
      throw new AppError(ErrorCode.CONFLICT, 'support.closed');
    }
    return current;
  }
}
