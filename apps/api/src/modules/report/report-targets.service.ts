import { Injectable } from '@nestjs/common';
import type { ReportTarget } from '#domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/app-error.js';
import type { Actor } from '../../common/request/request-types.js';
import { UserRepository } from '../auth/user.repository.js';
import { CommentRepository } from '../comment/comment.repository.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { OutboxRepository } from '../notification/outbox.repository.js';
import { ProgressUpdateRepository } from '../progress-update/progress-update.repository.js';

/** The reportable things: finding one as the reporter may see it, and hiding or restoring it. */
@Injectable()
export class ReportTargets {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly comments: CommentRepository,
    private readonly updates: ProgressUpdateRepository,
    private readonly users: UserRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  /** The initiative the item belongs to (null for a person); not found when the reporter may not see it. */
  async locate(actor: Actor, target: ReportTarget, id: string): Promise<{ initiativeId: string | null }> {
    const visible = async (initiativeId: string): Promise<{ initiativeId: string }> => {
      if (!(await this.initiatives.findVisible(actor.municipalityId, initiativeId, viewerOf(actor)))) {
        throw notFound();
      }
      return { initiativeId };
    };
    switch (target) {
      case 'initiative':
        return visible(id);
      case 'comment': {
        const comment = await this.comments.find(actor.municipalityId, id);
        if (!comment || comment.deletedAt) {
          throw notFound();
        }
        return visible(comment.initiativeId);
      }
      case 'progress_update': {
        const update = await this.updates.find(actor.municipalityId, id);
        if (!update) {
          throw notFound();
        }
        return visible(update.initiativeId);
      }
      case 'user':
        if (!(await this.users.findById(actor.municipalityId, id))) {
          throw notFound();
        }
        return { initiativeId: null };
    }
  }

  async isHidden(manager: EntityManager, municipalityId: string, target: ReportTarget, id: string): Promise<boolean> {
    switch (target) {
      case 'initiative':
        return ((await this.initiatives.lockForUpdate(manager, municipalityId, id))?.hiddenAt ?? null) !== null;
      case 'comment':
        return ((await this.comments.lock(manager, municipalityId, id))?.hiddenAt ?? null) !== null;
      case 'progress_update':
        return ((await this.updates.find(municipalityId, id, manager))?.hiddenAt ?? null) !== null;
      case 'user':
        return false;
    }
  }

  /** Hides with a reason, or with null restores; a person is never hidden (staff disable accounts instead). */
  async setHidden(manager: EntityManager, municipalityId: string, target: ReportTarget, id: string, reason: string | null): Promise<void> {
    switch (target) {
      case 'initiative':
        return this.initiatives.setHidden(manager, id, reason);
      case 'comment': {
        await this.comments.setHidden(manager, id, reason);
        // Viewers of the thread see it go (or come back) once this commits.
        const comment = await this.comments.find(municipalityId, id, manager);
        if (comment) {
          await this.outbox.add(manager, {
            municipalityId,
            kind: 'comment_hidden',
            initiativeId: comment.initiativeId,
            actorId: null,
            subjectId: id,
          });
        }
        return;
      }
      case 'progress_update':
        return this.updates.setHidden(manager, id, reason);
      case 'user':
        return;
    }
  }
}
