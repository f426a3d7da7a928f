import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../../database/returned-rows.js';

/** The SQL of supporting: one row per (initiative, resident), the counter updated alongside. */
@Injectable()
export class SupportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the support; false when this resident already supports (primary key). */
  async insert(manager: EntityManager, municipalityId: string, initiativeId: string, userId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO support (municipality_id, initiative_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [municipalityId, initiativeId, userId],
    );
    return rows.length === 1;
  }

  async delete(manager: EntityManager, initiativeId: string, userId: string): Promise<boolean> {
    const result = await manager.query<unknown[] | [unknown[], number]>(
      `DELETE FROM support WHERE initiative_id = $1 AND user_id = $2 RETURNING 1`,
      [initiativeId, userId],
    );
    return returnedRows(result).length === 1;
  }

  /** Adds `delta` to the counter and returns the new count. */
  async bumpCounter(manager: EntityManager, initiativeId: string, delta: 1 | -1): Promise<number> {
    const result = await manager.query<Array<{ support_count: number }> | [Array<{ support_count: number }>, number]>(
      `UPDATE initiative SET support_count = support_count + $2, updated_at = now() WHERE id = $1 RETURNING support_count`,
      [initiativeId, delta],
    );
    return returnedRows(result)[0].support_count;
  }

  /** Which of these initiatives the user supports (DataLoader batch). */
  async supportedBy(userId: string, initiativeIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.query<Array<{ initiative_id: string }>>(
      `SELECT initiative_id FROM support WHERE user_id = $1 AND initiative_id = ANY($2::uuid[])`,
      [userId, [...initiativeIds]],
    );
    return new Set(rows.map((r) => r.initiative_id));
  }

  /**
   * Expires published initiatives whose support window has ended, with their timeline event and
   * audit entry, in one statement. Safe on several instances at once: a row already expired by
   * another run no longer matches `status = 'published'` when its lock is released.
   */
  async expireEnded(): Promise<string[]> {
    const rows = await this.db.query<Array<{ initiative_id: string }>>(
      `WITH expired AS (
         UPDATE initiative i SET status = 'expired', updated_at = now()
           FROM municipality m
          WHERE m.id = i.municipality_id AND i.status = 'published'
            AND i.published_at + make_interval(days => m.support_window_days) <= now()
         RETURNING i.id, i.municipality_id
       ), events AS (
         INSERT INTO initiative_event (municipality_id, initiative_id, actor_id, from_status, to_status)
         SELECT municipality_id, id, NULL, 'published', 'expired' FROM expired
         RETURNING initiative_id
       )
       INSERT INTO audit_log (municipality_id, actor_id, action, target_type, target_id, summary)
       SELECT municipality_id, NULL, 'initiative.status_changed', 'initiative', id::text,
              '{"from": "published", "to": "expired", "reason": null}'::jsonb
         FROM expired
       RETURNING target_id AS initiative_id`,
    );
    return rows.map((r) => r.initiative_id);
  }
}
