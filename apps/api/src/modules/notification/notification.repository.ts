import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { EmailState, Frequency, NotificationKind } from '#domain';
import type { Cursor } from '../../common/pagination/pagination.js';

export interface NotificationRow {
  id: string;
  municipalityId: string;
  userId: string;
  kind: NotificationKind;
  initiativeId: string | null;
  actorId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
  cursorValue: string;
}

export interface NewNotification {
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly emailState: EmailState;
}

type Raw = Record<string, unknown>;
const COLUMNS = `id, municipality_id, user_id, kind, initiative_id, actor_id, payload, created_at, read_at, created_at::text AS cursor_value`;

export function toNotificationRow(r: Raw): NotificationRow {
  return {
    id: r.id as string,
    municipalityId: r.municipality_id as string,
    userId: r.user_id as string,
    kind: r.kind as NotificationKind,
    initiativeId: (r.initiative_id as string | null) ?? null,
    actorId: (r.actor_id as string | null) ?? null,
    payload: r.payload as Record<string, unknown>,
    createdAt: r.created_at as Date,
    readAt: (r.read_at as Date | null) ?? null,
    cursorValue: r.cursor_value as string,
  };
}

/** Per-person notifications and preferences. */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One statement for all recipients of one outbox event; an event never notifies a person twice. */
  async insertMany(
    manager: EntityManager,
    event: { municipalityId: string; initiativeId: string; actorId: string | null; outboxId: string; payload: Record<string, unknown> },
    recipients: readonly NewNotification[],
  ): Promise<NotificationRow[]> {
    if (recipients.length === 0) {
      return [];
    }
    const rows = await manager.query<Raw[]>(
      `INSERT INTO notification (municipality_id, user_id, kind, initiative_id, actor_id, outbox_id, payload, email_state)
       SELECT $1, r.user_id, r.kind, $2, $3, $4, $5::jsonb, r.email_state
         FROM unnest($6::uuid[], $7::text[], $8::text[]) AS r(user_id, kind, email_state)
       ON CONFLICT (outbox_id, user_id) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        event.municipalityId,
        event.initiativeId,
        event.actorId,
        event.outboxId,
        JSON.stringify(event.payload),
        recipients.map((r) => r.userId),
        recipients.map((r) => r.kind),
        recipients.map((r) => r.emailState),
      ],
    );
    return rows.map(toNotificationRow);
  }

  /** Newest first; `limit + 1` rows tell whether there is more. */
  async page(userId: string, limit: number, after: Cursor | null): Promise<{ rows: NotificationRow[]; totalCount: number }> {
    const params: unknown[] = [userId];
    let keyset = '';
    if (after) {
      params.push(after.value, after.id);
      keyset = `AND (created_at, id) < ($2::timestamptz, $3::uuid)`;
    }
    params.push(limit + 1);
    const [rows, count] = await Promise.all([
      this.db.query<Raw[]>(
        `SELECT ${COLUMNS} FROM notification WHERE user_id = $1 ${keyset} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1`, [userId]),
    ]);
    return { rows: rows.map(toNotificationRow), totalCount: count[0]?.n ?? 0 };
  }

  async unreadCount(userId: string): Promise<number> {
    const rows = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return rows[0]?.n ?? 0;
  }

  /** Marks the given ones (or, with null, all) as read. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<void> {
    await this.db.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids ? [...ids] : null],
    );
  }

  async preferences(userId: string): Promise<Map<NotificationKind, Frequency>> {
    const rows = await this.db.query<Array<{ kind: NotificationKind; frequency: Frequency }>>(
      `SELECT kind, frequency FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.kind, r.frequency]));
  }

  /** Chosen frequencies of several people (fan-out), as "user:kind" → frequency. */
  async preferencesOf(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, Frequency>> {
    const rows = await manager.query<Array<{ user_id: string; kind: string; frequency: Frequency }>>(
      `SELECT user_id, kind, frequency FROM notification_preference WHERE user_id = ANY($1::uuid[])`,
      [[...userIds]],
    );
    return new Map(rows.map((r) => [`${r.user_id}:${r.kind}`, r.frequency]));
  }

  /** Sets a preference; false when the person is not (or no longer) of this municipality. */
  async setPreference(municipalityId: string, userId: string, kind: NotificationKind, frequency: Frequency): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `INSERT INTO notification_preference (municipality_id, user_id, kind, frequency)
       SELECT $1, u.id, $3, $4 FROM app_user u WHERE u.municipality_id = $1 AND u.id = $2
       ON CONFLICT (user_id, kind) DO UPDATE SET frequency = EXCLUDED.frequency RETURNING 1`,
      [municipalityId, userId, kind, frequency],
    );
    if (frequency === 'off') {
      // Mail not yet sent for this kind is not sent any more.
      await this.db.query(
        `UPDATE notification SET email_state = 'none' WHERE user_id = $1 AND kind = $2 AND email_state IN ('pending', 'digest')`,
        [userId, kind],
      );
    }
    return rows.length === 1;
  }
}
