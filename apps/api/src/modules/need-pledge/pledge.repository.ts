import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PledgeStatus } from '#domain';

export interface PledgeRow {
  id: string;
  municipalityId: string;
  needId: string;
  userId: string;
  amount: number;
  note: string | null;
  status: PledgeStatus;
  deliveredHours: number | null;
  organisationId: string | null;
  createdAt: Date;
}

const COLUMNS = `p.id, p.municipality_id, p.need_id, p.user_id, p.amount, p.note, p.status, p.delivered_hours::float8 AS delivered_hours, p.organisation_id, p.created_at`;

function toPledge(r: Record<string, unknown>): PledgeRow {
  return {
    id: r.id as string,
    municipalityId: r.municipality_id as string,
    needId: r.need_id as string,
    userId: r.user_id as string,
    amount: r.amount as number,
    note: (r.note as string | null) ?? null,
    status: r.status as PledgeStatus,
    deliveredHours: (r.delivered_hours as number | null) ?? null,
    organisationId: (r.organisation_id as string | null) ?? null,
    createdAt: r.created_at as Date,
  };
}

@Injectable()
export class PledgeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts a pledge; null when this person already has an active pledge on the need (partial unique index). */
  async insert(
    manager: EntityManager,
    p: Pick<PledgeRow, 'municipalityId' | 'needId' | 'userId' | 'amount' | 'note' | 'organisationId'>,
  ): Promise<string | null> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO pledge (municipality_id, need_id, user_id, amount, note, organisation_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING id`,
      [p.municipalityId, p.needId, p.userId, p.amount, p.note, p.organisationId],
    );
    return rows[0]?.id ?? null;
  }

  async lock(manager: EntityManager, municipalityId: string, id: string): Promise<PledgeRow | null> {
    const rows = await manager.query<Array<Record<string, unknown>>>(
      `SELECT ${COLUMNS} FROM pledge p WHERE p.municipality_id = $1 AND p.id = $2 FOR UPDATE`,
      [municipalityId, id],
    );
    return rows[0] ? toPledge(rows[0]) : null;
  }

  async setStatus(manager: EntityManager, id: string, status: PledgeStatus, deliveredHours: number | null = null): Promise<void> {
    await manager.query(
      `UPDATE pledge SET status = $2, delivered_hours = coalesce($3, delivered_hours), updated_at = now() WHERE id = $1`,
      [id, status, deliveredHours],
    );
  }

  /** Active shift pledges of a person, with their times (for the overlap check). */
  async activeShiftsOf(manager: EntityManager, userId: string): Promise<Array<{ startsAt: Date; endsAt: Date }>> {
    return manager.query(
      `SELECT n.starts_at AS "startsAt", n.ends_at AS "endsAt" FROM pledge p JOIN need n ON n.id = p.need_id
        WHERE p.user_id = $1 AND p.status IN ('pledged', 'confirmed') AND n.kind = 'shift'`,
      [userId],
    );
  }

  async ofUser(municipalityId: string, userId: string): Promise<PledgeRow[]> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT ${COLUMNS} FROM pledge p WHERE p.municipality_id = $1 AND p.user_id = $2 ORDER BY p.created_at DESC`,
      [municipalityId, userId],
    );
    return rows.map(toPledge);
  }

  async ofNeeds(municipalityId: string, needIds: readonly string[]): Promise<PledgeRow[]> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT ${COLUMNS} FROM pledge p WHERE p.municipality_id = $1 AND p.need_id = ANY($2::uuid[]) ORDER BY p.created_at`,
      [municipalityId, [...needIds]],
    );
    return rows.map(toPledge);
  }

  async findMany(municipalityId: string, ids: readonly string[]): Promise<PledgeRow[]> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT ${COLUMNS} FROM pledge p WHERE p.municipality_id = $1 AND p.id = ANY($2::uuid[]) ORDER BY p.created_at`,
      [municipalityId, [...ids]],
    );
    return rows.map(toPledge);
  }

  async find(municipalityId: string, id: string): Promise<PledgeRow | null> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT ${COLUMNS} FROM pledge p WHERE p.municipality_id = $1 AND p.id = $2`,
      [municipalityId, id],
    );
    return rows[0] ? toPledge(rows[0]) : null;
  }

  /**
   * Writes a `shift_reminder` to the outbox for every active pledge (pledged or confirmed) on a shift
   * starting in (`after`, `until`] that was not reminded yet, and marks those pledges reminded — in one
   * statement: a pledge another runner is reminding at the same moment is skipped once that commits.
   * Returns the reminded pledges.
   */
  async remindShifts(after: Date, until: Date): Promise<string[]> {
    const rows = await this.db.query<Array<{ subject_id: string }>>(
      `WITH due AS (
         UPDATE pledge p SET reminded_at = now()
           FROM need n
          WHERE n.id = p.need_id AND n.kind = 'shift' AND n.starts_at > $1 AND n.starts_at <= $2
            AND p.status IN ('pledged', 'confirmed') AND p.reminded_at IS NULL
         RETURNING p.id, p.municipality_id, p.user_id, n.initiative_id, n.title, n.starts_at, n.ends_at, n.place
       )
       INSERT INTO outbox (municipality_id, kind, initiative_id, subject_id, recipient_id, payload)
       SELECT municipality_id, 'shift_reminder', initiative_id, id, user_id,
              jsonb_build_object('need', title, 'startsAt', to_json(starts_at), 'endsAt', to_json(ends_at), 'place', place)
         FROM due
       RETURNING subject_id`,
      [after, until],
    );
    return rows.map((r) => r.subject_id);
  }
}
