import { Injectable } from '@nestjs/common';
import { dialogueIsOpen } from '#domain';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { requireVerifiedEmail } from '../auth/require-verified-email.js';
import { InitiativeRepository, visibleFacts } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { OutboxRepository } from '../notification/outbox.repository.js';
import { ProgressUpdateRepository, type ProgressUpdateRow } from './progress-update.repository.js';

const excerpt = (body: string): string => (body.length > 280 ? `${body.slice(0, 279)}…` : body);

/** The initiator posts news; followers hear of it through the outbox (same transaction). */
@Injectable()
export class ProgressUpdateService {
  constructor(
    private readonly updates: ProgressUpdateRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  async post(actor: Actor, initiativeId: string, title: string, body: string): Promise<ProgressUpdateRow> {
    requireVerifiedEmail(actor);
    const initiative = await this.initiatives.findVisible(actor.municipalityId, initiativeId, viewerOf(actor));
    if (!initiative) {
      throw notFound();
    }
    if (initiative.authorId !== actor.userId) {
      throw new AppError(ErrorCode.FORBIDDEN, 'progressUpdate.onlyInitiator');
    }
    if (!dialogueIsOpen(visibleFacts(initiative))) {
      throw new AppError(ErrorCode.CONFLICT, 'progressUpdate.closed');
    }
    const id = await this.initiatives.transaction(async (manager) => {
      const newId = await this.updates.insert(manager, {
        municipalityId: actor.municipalityId,
        initiativeId,
        authorId: actor.userId,
        title,
        body,
      });
      await this.outbox.add(manager, {
        municipalityId: actor.municipalityId,
        kind: 'progress_update',
        initiativeId,
        actorId: actor.userId,
        subjectId: newId,
        payload: { update: title, excerpt: excerpt(body) },
      });
      return newId;
    });
    return (await this.updates.find(actor.municipalityId, id))!;
  }
}
