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
  photo: ProgressUpdatePhoto | null;
}

/** The optional photo of an update (re-encoded WebP, see the image module). */
export interface ProgressUpdatePhoto {
  storageKey: string;
  thumbKey: string;
  alt: string;
  width: number;
  height: number;
}

type Raw = Record<string, unknown>;
const COLUMNS = `id, municipality_id, initiative_id, author_id, title, body, created_at, hidden_at, photo_key, photo_thumb_key, photo_alt,
  photo_width, photo_height`;

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
    photo: r.photo_key
      ? {
          storageKey: r.photo_key as string,
          thumbKey: r.photo_thumb_key as string,
          alt: r.photo_alt as string,
          width: r.photo_width as number,
          height: r.photo_height as number,
        }
      : null,
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

  /** One update, its row locked (for attaching a photo). */
  async lock(manager: EntityManager, municipalityId: string, id: string): Promise<ProgressUpdateRow | null> {
    const rows = await manager.query<Raw[]>(`SELECT ${COLUMNS} FROM progress_update WHERE municipality_id = $1 AND id = $2 FOR UPDATE`, [
      municipalityId,
      id,
    ]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  async setPhoto(manager: EntityManager, id: string, photo: ProgressUpdatePhoto & { sourceType: string }): Promise<void> {
    await manager.query(
      `UPDATE progress_update SET photo_key = $2, photo_thumb_key = $3, photo_source_type = $4, photo_alt = $5, photo_width = $6,
         photo_height = $7 WHERE id = $1`,
      [id, photo.storageKey, photo.thumbKey, photo.sourceType, photo.alt, photo.width, photo.height],
    );
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
