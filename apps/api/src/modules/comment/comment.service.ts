import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canDeleteComment, canEditComment, dialogueIsOpen, isMunicipalVoice, threadParentId } from '#domain';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { requireVerifiedEmail } from '../auth/require-verified-email.js';
import { InitiativeRepository, visibleFacts } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { OutboxRepository } from '../notification/outbox.repository.js';
import { CommentRepository, type CommentRow } from './comment.repository.js';

const excerpt = (body: string): string => (body.length > 280 ? `${body.slice(0, 279)}…` : body);

/** Posting, editing and removing comments; a new comment and its outbox event share one transaction. */
@Injectable()
export class CommentService {
  constructor(
    private readonly comments: CommentRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  async add(actor: Actor, initiativeId: string, body: string, parentId: string | null): Promise<CommentRow> {
    requireVerifiedEmail(actor);
    const initiative = await this.initiatives.findVisible(actor.municipalityId, initiativeId, viewerOf(actor));
    if (!initiative) {
      throw notFound();
    }
    if (!dialogueIsOpen(visibleFacts(initiative))) {
      throw new AppError(ErrorCode.CONFLICT, 'comment.closed');
    }
    const parent = parentId ? await this.comments.find(actor.municipalityId, parentId) : null;
    if (parentId && (!parent || parent.initiativeId !== initiativeId || parent.deletedAt || parent.hiddenAt)) {
      throw notFound();
    }
    const id = await this.initiatives.transaction(async (manager) => {
      const newId = await this.comments.insert(manager, {
        municipalityId: actor.municipalityId,
        initiativeId,
        authorId: actor.userId,
        parentId: parent ? threadParentId(parent) : null,
        body,
        municipal: isMunicipalVoice(actor.role),
      });
      await this.outbox.add(manager, {
        municipalityId: actor.municipalityId,
        kind: 'comment',
        initiativeId,
        actorId: actor.userId,
        subjectId: newId,
        payload: { excerpt: excerpt(body), parentAuthorId: parent?.authorId ?? null },
      });
      return newId;
    });
    return (await this.comments.find(actor.municipalityId, id))!;
  }

  async edit(actor: Actor, id: string, body: string): Promise<CommentRow> {
    await this.initiatives.transaction(async (manager) => {
      const current = await this.comments.lock(manager, actor.municipalityId, id);
      if (!current || current.hiddenAt) {
        throw notFound();
      }
      const facts = { authorId: current.authorId, createdAt: current.createdAt, deleted: current.deletedAt !== null };
      if (!canDeleteComment(facts, actor.userId)) {
        throw new AppError(ErrorCode.FORBIDDEN, 'comment.notYours');
      }
      if (!canEditComment(facts, actor.userId, new Date())) {
        throw new AppError(ErrorCode.CONFLICT, 'comment.editWindowPassed');
      }
      await this.comments.updateBody(manager, id, body);
      await this.changed(manager, current, 'comment_edited', actor.userId);
    });
    return (await this.comments.find(actor.municipalityId, id))!;
  }

  /** Removes the comment; returns the placeholder when it was kept for its replies, else null. */
  async remove(actor: Actor, id: string): Promise<CommentRow | null> {
    const outcome = await this.initiatives.transaction(async (manager) => {
      const current = await this.comments.lock(manager, actor.municipalityId, id);
      if (!current) {
        throw notFound();
      }
      if (
        !canDeleteComment({ authorId: current.authorId, createdAt: current.createdAt, deleted: current.deletedAt !== null }, actor.userId)
      ) {
        throw new AppError(ErrorCode.FORBIDDEN, 'comment.notYours');
      }
      const removed = await this.comments.remove(manager, id);
      await this.changed(manager, current, 'comment_removed', actor.userId);
      return removed;
    });
    return outcome === 'kept' ? this.comments.find(actor.municipalityId, id) : null;
  }

  /** A live-only outbox event in the change's own transaction: viewers of the thread see it once it commits. */
  private async changed(
    manager: EntityManager,
    comment: CommentRow,
    kind: 'comment_edited' | 'comment_removed',
    actorId: string,
  ): Promise<void> {
    await this.outbox.add(manager, {
      municipalityId: comment.municipalityId,
      kind,
      initiativeId: comment.initiativeId,
      actorId,
      subjectId: comment.id,
    });
  }
}
