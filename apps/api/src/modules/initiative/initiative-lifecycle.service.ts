import { Injectable } from '@nestjs/common';
import { canSeeInitiative, checkTransition, isStaff, stampsOnEntering, type InitiativeStatus, type LifecycleActor } from '#domain';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { translate } from '../../common/i18n/messages.js';
import { currentLanguage } from '../../common/request/request-context.js';
import type { Actor } from '../../common/request/request-types.js';
import type { EntityManager } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository.js';
import { MunicipalityRepository } from '../municipality/municipality.repository.js';
import { InitiativeRepository, visibleFacts, type InitiativeRow } from './initiative.repository.js';
import { InitiativeService, viewerOf } from './initiative.service.js';

/** Moves initiatives through the lifecycle (libs/domain): one row lock, one event per step. */
@Injectable()
export class InitiativeLifecycleService {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly reader: InitiativeService,
    private readonly audit: AuditRepository,
    private readonly municipalities: MunicipalityRepository,
  ) {}

  async transition(actor: Actor, id: string, to: InitiativeStatus, reason: string | null): Promise<InitiativeRow> {
    await this.initiatives.transaction((manager) => this.transitionIn(manager, actor, id, to, reason));
    return this.reader.get(actor.municipalityId, id, actor);
  }

  /** The same step inside a caller's transaction (a decision response moves the status with it). */
  async transitionIn(manager: EntityManager, actor: Actor, id: string, to: InitiativeStatus, reason: string | null): Promise<void> {
    const current = await this.initiatives.lockForUpdate(manager, actor.municipalityId, id);
    if (!current || !canSeeInitiative(visibleFacts(current), viewerOf(actor))) {
      throw notFound();
    }
    const check = checkTransition(current.status, to, capacities(actor, current.authorId), reason);
    if (!check.ok) {
      throw refusal(check, current.status);
    }
    const cleanReason = reason?.trim() || null;
    const municipality = await this.municipalities.findById(actor.municipalityId, manager);
    await this.initiatives.setStatus(manager, id, to, stampsOnEntering(to, new Date(), municipality!));
    await this.initiatives.addEvent(manager, {
      municipalityId: actor.municipalityId,
      initiativeId: id,
      actorId: actor.userId,
      fromStatus: current.status,
      toStatus: to,
      reason: cleanReason,
    });
    await this.audit.append(manager, {
      municipalityId: actor.municipalityId,
      actorId: actor.userId,
      action: 'initiative.status_changed',
      targetType: 'initiative',
      targetId: id,
      summary: { from: current.status, to, reason: cleanReason },
      ip: actor.ip,
    });
  }
}

function capacities(actor: Actor, authorId: string): LifecycleActor[] {
  const result: LifecycleActor[] = [];
  if (actor.userId === authorId) {
    result.push('author');
  }
  if (isStaff(actor.role)) {
    result.push(actor.role === 'admin' ? 'admin' : 'facilitator');
  }
  return result;
}

function refusal(check: Exclude<ReturnType<typeof checkTransition>, { ok: true }>, from: InitiativeStatus): AppError {
  const language = currentLanguage();
  switch (check.problem) {
    case 'notAllowedFromHere':
      return new AppError(ErrorCode.CONFLICT, 'lifecycle.notAllowed', {
        from: translate(`status.${from}`, language),
        allowed:
          check.allowed.map((status) => translate(`status.${status}`, language)).join(', ') ||
          translate('lifecycle.nothingAllowed', language),
      });
    case 'notYourRole':
      return new AppError(ErrorCode.FORBIDDEN, 'lifecycle.notYourRole');
    case 'reasonRequired':
      return new AppError(ErrorCode.BAD_USER_INPUT, 'error.badInput', {}, [{ field: 'reason', key: 'lifecycle.reasonRequired' }]);
  }
}
