import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReportDecision, ReportReason, ReportTarget } from '#domain';
import type { Cursor } from '../../common/pagination/pagination.js';
import { returnedRows } from '../../database/returned-rows.js';

export type ReportStatus = 'open' | 'upheld' | 'dismissed';

export interface ReportRow {
  id: string;
  municipalityId: string;
  reporterId: string;
  targetType: ReportTarget;
  targetId: string;
  initiativeId: string | null;
  reason: ReportReason;
  text: string;
  status: ReportStatus;
  dueOn: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolutionReason: string | null;
  cursorValue: string;
}

type Raw = Record<string, unknown>;
const COLUMNS = `id, municipality_id, reporter_id, target_type, target_id, initiative_id, reason, text, status, due_on::text AS due_on,
  created_at, resolved_at, resolved_by, resolution_reason, created_at::text AS cursor_value`;

function toRow(r: Raw): ReportRow {
  return {
    id: r.id as string,
    municipalityId: r.municipality_id as string,
    reporterId: r.reporter_id as string,
    targetType: r.target_type as ReportTarget,
    targetId: r.target_id as string,
    initiativeId: (r.initiative_id as string | null) ?? null,
    reason: r.reason as ReportReason,
    text: r.text as string,
    status: r.status as ReportStatus,
    dueOn: r.due_on as string,
    createdAt: r.created_at as Date,
    resolvedAt: (r.resolved_at as Date | null) ?? null,
    resolvedBy: (r.resolved_by as string | null) ?? null,
    resolutionReason: (r.resolution_reason as string | null) ?? null,
    cursorValue: r.cursor_value as string,
  };
}

@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Reports about one item are handled one at a time (counting towards the threshold, deciding). */
  async lockTarget(manager: EntityManager, target: ReportTarget, targetId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`report:${target}:${targetId}`]);
  }

  /** Inserts the report; null when this person already reported this item (unique constraint). */
  async insert(
    manager: EntityManager,
    values: Pick<ReportRow, 'municipalityId' | 'reporterId' | 'targetType' | 'targetId' | 'initiativeId' | 'reason' | 'text' | 'dueOn'>,
  ): Promise<string | null> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO report (municipality_id, reporter_id, target_type, target_id, initiative_id, reason, text, due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ON CONSTRAINT report_one_per_person_per_item DO NOTHING RETURNING id`,
      [
        values.municipalityId,
        values.reporterId,
        values.targetType,
        values.targetId,
        values.initiativeId,
        values.reason,
        values.text,
        values.dueOn,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Different residents with an open report on the item (staff reports do not count towards hiding). */
  async openResidentReporters(manager: EntityManager, target: ReportTarget, targetId: string): Promise<number> {
    const rows = await manager.query<Array<{ n: number }>>(
      `SELECT count(DISTINCT r.reporter_id)::int AS n FROM report r JOIN app_user u ON u.id = r.reporter_id AND u.role = 'resident'
        WHERE r.target_type = $1 AND r.target_id = $2 AND r.status = 'open'`,
      [target, targetId],
    );
    return rows[0]?.n ?? 0;
  }

  async hideThreshold(manager: EntityManager, municipalityId: string): Promise<number> {
    const rows = await manager.query<Array<{ report_hide_threshold: number }>>(
      `SELECT report_hide_threshold FROM municipality WHERE id = $1`,
      [municipalityId],
    );
    return rows[0].report_hide_threshold;
  }

  async markAutoHidden(manager: EntityManager, municipalityId: string, target: ReportTarget, targetId: string): Promise<void> {
    await manager.query(
      `INSERT INTO report_auto_hide (municipality_id, target_type, target_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [municipalityId, target, targetId],
    );
  }

  /** Ends the "hidden because of reports" state; true when the item was hidden that way. */
  async clearAutoHidden(manager: EntityManager, target: ReportTarget, targetId: string): Promise<boolean> {
    const result = await manager.query<unknown[] | [unknown[], number]>(
      `DELETE FROM report_auto_hide WHERE target_type = $1 AND target_id = $2 RETURNING 1`,
      [target, targetId],
    );
    return returnedRows(result).length > 0;
  }

  async lock(manager: EntityManager, municipalityId: string, id: string): Promise<ReportRow | null> {
    const rows = await manager.query<Raw[]>(`SELECT ${COLUMNS} FROM report WHERE municipality_id = $1 AND id = $2 FOR UPDATE`, [
      municipalityId,
      id,
    ]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Decides every open report about the item at once. */
  async resolveOpen(
    manager: EntityManager,
    target: ReportTarget,
    targetId: string,
    decision: ReportDecision,
    by: string,
    reason: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE report SET status = $3, resolved_at = now(), resolved_by = $4, resolution_reason = $5
        WHERE target_type = $1 AND target_id = $2 AND status = 'open'`,
      [target, targetId, decision === 'uphold' ? 'upheld' : 'dismissed', by, reason],
    );
  }

  async find(municipalityId: string, id: string): Promise<ReportRow | null> {
    const rows = await this.db.query<Raw[]>(`SELECT ${COLUMNS} FROM report WHERE municipality_id = $1 AND id = $2`, [municipalityId, id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Reports of the municipality, oldest due first for open ones, newest first otherwise. */
  async page(
    municipalityId: string,
    status: ReportStatus | null,
    limit: number,
    after: Cursor | null,
  ): Promise<{ rows: ReportRow[]; totalCount: number }> {
    const params: unknown[] = [municipalityId, status];
    const where = `municipality_id = $1 AND ($2::text IS NULL OR status = $2)`;
    let keyset = '';
    if (after) {
      params.push(after.value, after.id);
      keyset = `AND (created_at, id) < ($3::timestamptz, $4::uuid)`;
    }
    params.push(limit + 1);
    const [rows, count] = await Promise.all([
      this.db.query<Raw[]>(
        `SELECT ${COLUMNS} FROM report WHERE ${where} ${keyset} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM report WHERE ${where}`, [municipalityId, status]),
    ]);
    return { rows: rows.map(toRow), totalCount: count[0]?.n ?? 0 };
  }

  /** Open reports about initiatives and their comments and updates (DataLoader batch for the inbox). */
  async openByInitiatives(municipalityId: string, initiativeIds: readonly string[]): Promise<ReportRow[]> {
    const rows = await this.db.query<Raw[]>(
      `SELECT ${COLUMNS} FROM report WHERE municipality_id = $1 AND initiative_id = ANY($2::uuid[]) AND status = 'open' ORDER BY created_at, id`,
      [municipalityId, [...initiativeIds]],
    );
    return rows.map(toRow);
  }
}
