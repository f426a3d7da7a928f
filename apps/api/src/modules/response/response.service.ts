import { Injectable } from '@nestjs/common';
import { canSeeInitiative, fillTemplate, PRIVATE_STATUSES, type ResponseKind } from '#domain';
import { AppError, badInput, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { UserRepository } from '../auth/user.repository.js';
import { InitiativeLifecycleService } from '../initiative/initiative-lifecycle.service.js';
import { InitiativeRepository, visibleFacts } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { MunicipalityRepository } from '../municipality/municipality.repository.js';
import { ResponseRepository } from './response.repository.js';

export interface RespondCommand {
  kind: ResponseKind;
  body: string;
  decision?: 'adopt' | 'decline' | null;
}

/**
 * Official responses. A response and what it causes (first-response time, a decision's
 * status change, the audit entry) are written in one transaction.
 */
@Injectable()
export class ResponseService {
  constructor(
    private readonly responses: ResponseRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly lifecycle: InitiativeLifecycleService,
    private readonly audit: AuditRepository,
    private readonly users: UserRepository,
    private readonly municipalities: MunicipalityRepository,
  ) {}

  async respond(actor: Actor, initiativeId: string, command: RespondCommand): Promise<string> {
    const decision = command.decision ?? null;
    if (command.kind === 'decision' && !decision) {
      throw badInput([{ field: 'decision', key: 'response.decisionNeedsOutcome' }]);
    }
    if (command.kind !== 'decision' && decision) {
      throw badInput([{ field: 'decision', key: 'response.outcomeOnlyForDecision' }]);
    }
    return this.initiatives.transaction(async (manager) => {
      const current = await this.initiatives.lockForUpdate(manager, actor.municipalityId, initiativeId);
      if (!current || !canSeeInitiative(visibleFacts(current), viewerOf(actor))) {
        throw notFound();
      }
      if (PRIVATE_STATUSES.includes(current.status)) {
        // Before publication the municipality talks through moderation, not in public.
        throw new AppError(ErrorCode.CONFLICT, 'response.notPublic');
      }
      if (decision && current.status === 'published') {
        // Deciding before the threshold: the municipality takes it under review first (on the timeline).
        await this.lifecycle.transitionIn(manager, actor, initiativeId, 'under_review', null);
      }
      if (decision) {
        await this.lifecycle.transitionIn(manager, actor, initiativeId, decision === 'adopt' ? 'adopted' : 'declined', command.body);
      }
      const id = await this.responses.insert(manager, actor.municipalityId, {
        initiativeId,
        authorId: actor.userId,
        kind: command.kind,
        decision,
        body: command.body,
      });
      await this.audit.append(manager, {
        municipalityId: actor.municipalityId,
        actorId: actor.userId,
        action: 'initiative.responded',
        targetType: 'initiative',
        targetId: initiativeId,
        summary: { kind: command.kind, decision },
        ip: actor.ip,
      });
      return id;
    });
  }

  /** Starts a response from a template, filled in for this initiative. */
  async respondFromTemplate(actor: Actor, initiativeId: string, templateId: string, decision: 'adopt' | 'decline' | null): Promise<string> {
    const template = await this.responses.template(actor.municipalityId, templateId);
    if (!template) {
      throw badInput([{ field: 'templateId', key: 'response.unknownTemplate' }]);
    }
    const initiative = await this.initiatives.findVisible(actor.municipalityId, initiativeId, viewerOf(actor));
    if (!initiative) {
      throw notFound();
    }
    const [author] = await this.users.findByIds(actor.municipalityId, [initiative.authorId]);
    const municipality = await this.municipalities.findById(actor.municipalityId);
    const body = fillTemplate(template.body, {
      title: initiative.title,
      initiatorName: author?.displayName ?? '',
      municipalityName: municipality?.name ?? '',
    });
    return this.respond(actor, initiativeId, { kind: template.kind, body, decision });
  }
}
