import { Injectable } from '@nestjs/common';
import {
  canSeeInitiative,
  defaultFrequency,
  emailStateFor,
  type InitiativeStatus,
  type NotificationKind,
  type VisibleFacts,
} from '#domain';
import type { EntityManager } from 'typeorm';
import { FollowRepository, type Follower } from '../follow/follow.repository.js';
import type { InitiativeChangedEvent, InitiativeChangeReason, NotificationAddedEvent } from '../live/live-events.js';
import { NotificationRepository, type NewNotification } from './notification.repository.js';
import type { OutboxKind, OutboxRow } from './outbox.repository.js';

interface InitiativeFacts {
  title: string;
  status: InitiativeStatus;
  supportCount: number;
  neighbourhoodId: string | null;
  facts: VisibleFacts;
}

export interface FanoutResult {
  readonly notifications: NotificationAddedEvent[];
  readonly change: InitiativeChangedEvent | null;
}

const LIVE_REASON: Record<OutboxKind, InitiativeChangeReason | null> = {
  comment: 'comment',
  progress_update: 'progress_update',
  status_changed: 'status',
  threshold_reached: 'status',
  response: 'response',
  support_changed: 'support',
  pledge_confirmed: null,
  shift_reminder: null,
  item_assigned: null,
  item_overdue: null,
  comment_edited: 'comment_edited',
  comment_removed: 'comment_removed',
  comment_hidden: 'comment_hidden',
  progress_update_changed: 'progress_update_changed',
};

/**
 * Turns one outbox event into notifications for the people it concerns — the initiative's
 * followers (minus whoever caused it), the author of the comment replied to, the pledger (confirmation,
 * shift reminder), the staff concerned by an inbox item, or a neighbourhood's followers for a newly
 * published initiative — each checked with
 * `canSeeInitiative`, each with an e-mail state from their preference. Runs in the processor's
 * transaction; returns what to publish live once that commits.
 */
@Injectable()
export class NotificationFanout {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly follows: FollowRepository,
  ) {}

  async handle(manager: EntityManager, row: OutboxRow): Promise<FanoutResult> {
    const initiative = await this.initiative(manager, row.initiativeId);
    if (!initiative) {
      return { notifications: [], change: null };
    }
    const reason = LIVE_REASON[row.kind];
    const change: InitiativeChangedEvent | null = reason && {
      municipalityId: row.municipalityId,
      initiativeId: row.initiativeId,
      reason,
      status: initiative.status,
      supportCount: initiative.supportCount,
      subjectId: row.subjectId,
      facts: initiative.facts,
      at: row.createdAt.toISOString(),
    };
    const targets = await this.recipients(manager, row, initiative);
    const allowed = targets.filter(
      (t) => t.follower.userId !== row.actorId && canSeeInitiative(initiative.facts, { userId: t.follower.userId, role: t.follower.role }),
    );
    if (allowed.length === 0) {
      return { notifications: [], change };
    }
    const preferences = await this.notifications.preferencesOf(
      manager,
      allowed.map((t) => t.follower.userId),
    );
    const recipients: NewNotification[] = allowed.map(({ follower, kind }) => ({
      userId: follower.userId,
      kind,
      emailState: emailStateFor(preferences.get(`${follower.userId}:${kind}`) ?? defaultFrequency(follower.role), follower.emailVerified),
    }));
    const actorName = row.actorId ? await this.displayName(manager, row.actorId) : null;
    const inserted = await this.notifications.insertMany(
      manager,
      {
        municipalityId: row.municipalityId,
        initiativeId: row.initiativeId,
        actorId: row.actorId,
        outboxId: row.id,
        payload: { ...row.payload, title: initiative.title, actorName },
      },
      recipients,
    );
    return {
      change,
      notifications: inserted.map((n) => ({
        municipalityId: n.municipalityId,
        userId: n.userId,
        notification: { ...n, createdAt: n.createdAt.toISOString() },
      })),
    };
  }

  private async recipients(
    manager: EntityManager,
    row: OutboxRow,
    initiative: InitiativeFacts,
  ): Promise<Array<{ follower: Follower; kind: NotificationKind }>> {
    const followersAs = async (kind: NotificationKind): Promise<Array<{ follower: Follower; kind: NotificationKind }>> =>
      (await this.follows.initiativeFollowers(manager, row.initiativeId)).map((follower) => ({ follower, kind }));
    switch (row.kind) {
      case 'comment': {
        const parentAuthorId = typeof row.payload.parentAuthorId === 'string' ? row.payload.parentAuthorId : null;
        const all = (await followersAs('comment')).map((t) =>
          t.follower.userId === parentAuthorId ? { ...t, kind: 'reply' as const } : t,
        );
        const parentAuthor =
          parentAuthorId && !all.some((t) => t.follower.userId === parentAuthorId)
            ? await this.follows.person(manager, parentAuthorId)
            : null;
        return parentAuthor ? [...all, { follower: parentAuthor, kind: 'reply' }] : all;
      }
      case 'status_changed': {
        const followers = await followersAs('status_changed');
        const firstPublication = row.payload.to === 'published' && row.payload.from === 'submitted';
        if (!firstPublication || !initiative.neighbourhoodId) {
          return followers;
        }
        const known = new Set(followers.map((t) => t.follower.userId));
        const neighbours = (await this.follows.neighbourhoodFollowers(manager, initiative.neighbourhoodId)).filter(
          (f) => !known.has(f.userId),
        );
        return [...followers, ...neighbours.map((follower) => ({ follower, kind: 'new_initiative' as const }))];
      }
      case 'progress_update':
      case 'threshold_reached':
      case 'response':
        return followersAs(row.kind);
      case 'pledge_confirmed':
      case 'shift_reminder':
      case 'item_assigned': {
        // One person: the pledger, or the colleague the item was assigned to.
        const person = row.recipientId ? await this.follows.person(manager, row.recipientId) : null;
        return person ? [{ follower: person, kind: row.kind }] : [];
      }
      case 'item_overdue': {
        // The assignee; an unassigned item concerns every facilitator of the municipality.
        const person = row.recipientId ? await this.follows.person(manager, row.recipientId) : null;
        const people = person ? [person] : await this.follows.facilitators(manager, row.municipalityId);
        return people.map((follower) => ({ follower, kind: 'item_overdue' as const }));
      }
      case 'support_changed':
      case 'comment_edited':
      case 'comment_removed':
      case 'comment_hidden':
      case 'progress_update_changed':
        // Only live: whoever looks at the thread sees the change; nobody is notified.
        return [];
    }
  }

  private async initiative(manager: EntityManager, id: string): Promise<InitiativeFacts | null> {
    const rows = await manager.query<Array<Record<string, unknown>>>(
      `SELECT title, status, support_count, neighbourhood_id, author_id, hidden_at IS NOT NULL AS hidden, published_at IS NOT NULL AS was_published
         FROM initiative WHERE id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) {
      return null;
    }
    const status = r.status as InitiativeStatus;
    return {
      title: r.title as string,
      status,
      supportCount: r.support_count as number,
      neighbourhoodId: (r.neighbourhood_id as string | null) ?? null,
      facts: { authorId: r.author_id as string, status, hidden: r.hidden as boolean, wasPublished: r.was_published as boolean },
    };
  }

  private async displayName(manager: EntityManager, userId: string): Promise<string | null> {
    const rows = await manager.query<Array<{ display_name: string }>>(`SELECT display_name FROM app_user WHERE id = $1`, [userId]);
    return rows[0]?.display_name ?? null;
  }
}
