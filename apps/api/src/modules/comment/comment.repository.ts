import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Cursor } from '../../common/pagination/pagination.js';
import { returnedRows } from '../../database/returned-rows.js';

export interface CommentRow {
  id: string;
  municipalityId: string;
  initiativeId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  municipal: boolean;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /** The keyset value (created_at at full precision). */
  cursorValue: string;
}

type Raw = Record<string, unknown>;

const COLUMNS = `c.id, c.municipality_id, c.initiative_id, c.author_id, c.parent_id, c.body, c.municipal, c.created_at, c.edited_at,
  c.deleted_at, c.hidden_at, c.hidden_reason, c.created_at::text AS cursor_value`;

function toRow(r: Raw): CommentRow {
  return {
    id: r.id as string,
    municipalityId: r.municipality_id as string,
    initiativeId: r.initiative_id as string,
    authorId: r.author_id as string,
    parentId: (r.parent_id as string | null) ?? null,
    body: r.body as string,
    municipal: r.municipal as boolean,
    createdAt: r.created_at as Date,
    editedAt: (r.edited_at as Date | null) ?? null,
    deletedAt: (r.deleted_at as Date | null) ?? null,
    hiddenAt: (r.hidden_at as Date | null) ?? null,
    hiddenReason: (r.hidden_reason as string | null) ?? null,
    cursorValue: r.cursor_value as string,
  };
}

/** The SQL of comments: threads in keyset pages, replies and counts batched per request. */
@Injectable()
export class CommentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(municipalityId: string, id: string, manager: EntityManager = this.db.manager): Promise<CommentRow | null> {
    const rows = await manager.query<Raw[]>(`SELECT ${COLUMNS} FROM comment c WHERE c.municipality_id = $1 AND c.id = $2`, [
      municipalityId,
      id,
    ]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  async lock(manager: EntityManager, municipalityId: string, id: string): Promise<CommentRow | null> {
    const rows = await manager.query<Raw[]>(`SELECT ${COLUMNS} FROM comment c WHERE c.municipality_id = $1 AND c.id = $2 FOR UPDATE`, [
      municipalityId,
      id,
    ]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  async insert(
    manager: EntityManager,
    values: Pick<CommentRow, 'municipalityId' | 'initiativeId' | 'authorId' | 'parentId' | 'body' | 'municipal'>,
  ): Promise<string> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO comment (municipality_id, initiative_id, author_id, parent_id, body, municipal) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [values.municipalityId, values.initiativeId, values.authorId, values.parentId, values.body, values.municipal],
    );
    return rows[0].id;
  }

  async updateBody(manager: EntityManager, id: string, body: string): Promise<void> {
    await manager.query(`UPDATE comment SET body = $2, edited_at = now() WHERE id = $1`, [id, body]);
  }

  /** Removes the comment; one with replies stays as a placeholder without text. Returns whether it was kept. */
  async remove(manager: EntityManager, id: string): Promise<'kept' | 'deleted'> {
    const kept = returnedRows(
      await manager.query<Array<{ id: string }> | [Array<{ id: string }>, number]>(
        `UPDATE comment SET body = '', deleted_at = now() WHERE id = $1 AND EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = $1) RETURNING id`,
        [id],
      ),
    );
    if (kept.length > 0) {
      return 'kept';
    }
    const deleted = returnedRows(
      await manager.query<Array<{ parent_id: string | null }> | [Array<{ parent_id: string | null }>, number]>(
        `DELETE FROM comment WHERE id = $1 RETURNING parent_id`,
        [id],
      ),
    );
    const parentId = deleted[0]?.parent_id;
    if (parentId) {
      // The last reply under a removed comment is gone: so is its placeholder.
      await manager.query(
        `DELETE FROM comment p WHERE p.id = $1 AND p.deleted_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = p.id)`,
        [parentId],
      );
    }
    return 'deleted';
  }

  async setHidden(manager: EntityManager, id: string, reason: string | null): Promise<void> {
    await manager.query(
      `UPDATE comment SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, hidden_reason = $2 WHERE id = $1`,
      [id, reason],
    );
  }

  /**
   * One page of top-level comments (oldest first) for each of several initiatives, in one
   * statement; `limit + 1` rows per initiative tell whether there is a next page.
   */
  async threads(municipalityId: string, initiativeIds: readonly string[], limit: number, after: Cursor | null): Promise<CommentRow[]> {
    const params: unknown[] = [municipalityId, [...initiativeIds], limit + 1];
    let keyset = '';
    if (after) {
      params.push(after.value, after.id);
      keyset = `AND (c.created_at, c.id) > ($4::timestamptz, $5::uuid)`;
    }
    const rows = await this.db.query<Raw[]>(
      `SELECT * FROM (
         SELECT ${COLUMNS}, row_number() OVER (PARTITION BY c.initiative_id ORDER BY c.created_at, c.id) AS n
           FROM comment c
          WHERE c.municipality_id = $1 AND c.initiative_id = ANY($2::uuid[]) AND c.parent_id IS NULL ${keyset}
       ) page WHERE page.n <= $3 ORDER BY page.initiative_id, page.created_at, page.id`,
      params,
    );
    return rows.map(toRow);
  }

  /** Top-level comments per initiative (the thread's totalCount), and all comments including replies. */
  async counts(municipalityId: string, initiativeIds: readonly string[]): Promise<Map<string, { threads: number; all: number }>> {
    const rows = await this.db.query<Array<{ initiative_id: string; threads: number; total: number }>>(
      `SELECT initiative_id, count(*) FILTER (WHERE parent_id IS NULL)::int AS threads, count(*) FILTER (WHERE deleted_at IS NULL)::int AS total
         FROM comment WHERE municipality_id = $1 AND initiative_id = ANY($2::uuid[]) GROUP BY initiative_id`,
      [municipalityId, [...initiativeIds]],
    );
    return new Map(rows.map((r) => [r.initiative_id, { threads: r.threads, all: r.total }]));
  }

  /** Replies of several comments, oldest first (DataLoader batch). */
  async repliesOf(municipalityId: string, parentIds: readonly string[]): Promise<CommentRow[]> {
    const rows = await this.db.query<Raw[]>(
      `SELECT ${COLUMNS} FROM comment c WHERE c.municipality_id = $1 AND c.parent_id = ANY($2::uuid[]) ORDER BY c.created_at, c.id`,
      [municipalityId, [...parentIds]],
    );
    return rows.map(toRow);
  }
}
