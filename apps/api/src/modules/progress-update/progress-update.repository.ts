import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface ProgressUpdateRow {
  id: string;
  municipalityId: string;
  initiativeId: string;
  authorId: string;
  title: string;
  body: string;
  createdAt: Date;
  hiddenAt: Date | null;
}

type Raw = Record<string, unknown>;
const COLUMNS = `id, municipality_id, initiative_id, author_id, title, body, created_at, hidden_at`;

function toRow(r: Raw): ProgressUpdateRow {
  return {
    id: r.id as string,
    municipalityId: r.municipality_id as string,
    initiativeId: r.initiative_id as string,
    authorId: r.author_id as string,
    title: r.title as string,
    body: r.body as string,
    createdAt: r.created_at as Date,
    hiddenAt: (r.hidden_at as Date | null) ?? null,
  };
}

@Injectable()
export class ProgressUpdateRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    manager: EntityManager,
    values: Pick<ProgressUpdateRow, 'municipalityId' | 'initiativeId' | 'authorId' | 'title' | 'body'>,
  ): Promise<string> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO progress_update (municipality_id, initiative_id, author_id, title, body) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [values.municipalityId, values.initiativeId, values.authorId, values.title, values.body],
    );
    return rows[0].id;
  }

  async find(municipalityId: string, id: string, manager: EntityManager = this.db.manager): Promise<ProgressUpdateRow | null> {
    const rows = await manager.query<Raw[]>(`SELECT ${COLUMNS} FROM progress_update WHERE municipality_id = $1 AND id = $2`, [
      municipalityId,
      id,
    ]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  async setHidden(manager: EntityManager, id: string, reason: string | null): Promise<void> {
    await manager.query(
      `UPDATE progress_update SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, hidden_reason = $2 WHERE id = $1`,
      [id, reason],
    );
  }

  /** Updates of several initiatives, newest first (DataLoader batch). */
  async ofInitiatives(municipalityId: string, initiativeIds: readonly string[]): Promise<ProgressUpdateRow[]> {
    const rows = await this.db.query<Raw[]>(
      `SELECT ${COLUMNS} FROM progress_update WHERE municipality_id = $1 AND initiative_id = ANY($2::uuid[]) ORDER BY created_at DESC, id DESC`,
      [municipalityId, [...initiativeIds]],
    );
    return rows.map(toRow);
  }
}
