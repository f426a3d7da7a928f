import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** What an outbox row says happened. Rows of other modules' events are written by triggers (see the migration). */
export type OutboxKind =
  | 'comment'
  | 'progress_update'
  | 'status_changed'
  | 'threshold_reached'
  | 'response'
  | 'pledge_confirmed'
  | 'support_changed'
  | 'shift_reminder'
  | 'item_assigned'
  | 'item_overdue'
  | 'comment_edited'
  | 'comment_removed'
  | 'comment_hidden'
  | 'progress_update_changed';

export interface OutboxEntry {
  readonly municipalityId: string;
  readonly kind: OutboxKind;
  readonly initiativeId: string;
  readonly actorId: string | null;
  readonly subjectId?: string | null;
  readonly recipientId?: string | null;
  readonly payload?: Record<string, unknown>;
}

export interface OutboxRow extends Required<OutboxEntry> {
  readonly id: string;
  readonly attempts: number;
  readonly createdAt: Date;
}

/** Attempts after which an outbox row is set aside (kept with its last error, for a developer to look at). */
export const OUTBOX_MAX_ATTEMPTS = 8;

@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Writes the event in the caller's transaction: it exists if and only if the change does. */
  async add(manager: EntityManager, entry: OutboxEntry): Promise<void> {
    await manager.query(
      `INSERT INTO outbox (municipality_id, kind, initiative_id, actor_id, subject_id, recipient_id, payload) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.municipalityId,
        entry.kind,
        entry.initiativeId,
        entry.actorId,
        entry.subjectId ?? null,
        entry.recipientId ?? null,
        JSON.stringify(entry.payload ?? {}),
      ],
    );
  }

  /** Takes up to `limit` due rows; rows another instance holds are skipped, never waited for or taken twice. */
  async claim(manager: EntityManager, limit: number): Promise<OutboxRow[]> {
    const rows = await manager.query<Array<Record<string, unknown>>>(
      `SELECT id::text, municipality_id, kind, initiative_id, actor_id, subject_id, recipient_id, payload, attempts, created_at
         FROM outbox WHERE processed_at IS NULL AND available_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id as string,
      municipalityId: r.municipality_id as string,
      kind: r.kind as OutboxKind,
      initiativeId: r.initiative_id as string,
      actorId: (r.actor_id as string | null) ?? null,
      subjectId: (r.subject_id as string | null) ?? null,
      recipientId: (r.recipient_id as string | null) ?? null,
      payload: r.payload as Record<string, unknown>,
      attempts: r.attempts as number,
      createdAt: r.created_at as Date,
    }));
  }

  async markProcessed(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) {
      await manager.query(`UPDATE outbox SET processed_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [[...ids]]);
    }
  }

  /** Tries again later (backoff), or sets the row aside after the last attempt. */
  async markFailed(manager: EntityManager, id: string, attempts: number, error: string): Promise<void> {
    const giveUp = attempts + 1 >= OUTBOX_MAX_ATTEMPTS;
    await manager.query(
      `UPDATE outbox SET attempts = attempts + 1, last_error = left($2, 2000),
         available_at = now() + make_interval(secs => $3), processed_at = CASE WHEN $4 THEN now() END WHERE id = $1`,
      [id, error, Math.min(2 ** attempts * 5, 3600), giveUp],
    );
  }

  /** Processed rows are kept a week (for tracing), then removed. */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM outbox WHERE processed_at < now() - interval '7 days'`);
  }
}
