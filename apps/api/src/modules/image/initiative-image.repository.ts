import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ImageType, InitiativeStatus, VisibleFacts } from '#domain';
import { returnedRows } from '../../database/returned-rows.js';

export interface InitiativeImageRow {
  readonly id: string;
  readonly municipalityId: string;
  readonly initiativeId: string;
  readonly storageKey: string;
  readonly thumbKey: string;
  readonly contentType: string;
  readonly sourceType: ImageType;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  readonly position: number;
}

/** An image with the facts of its initiative that decide who may change it. */
export interface ImageWithInitiative extends InitiativeImageRow {
  readonly authorId: string;
  readonly status: InitiativeStatus;
}

const COLUMNS = `m.id, m.municipality_id AS "municipalityId", m.initiative_id AS "initiativeId", m.storage_key AS "storageKey",
  m.thumb_key AS "thumbKey", m.content_type AS "contentType", m.source_type AS "sourceType", m.alt, m.width, m.height, m.position`;

@Injectable()
export class InitiativeImageRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Images of several initiatives in one statement (DataLoader batch), in their order. */
  imagesOf(municipalityId: string, initiativeIds: readonly string[]): Promise<InitiativeImageRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM initiative_image m WHERE m.municipality_id = $1 AND m.initiative_id = ANY($2::uuid[])
       ORDER BY m.initiative_id, m.position`,
      [municipalityId, [...initiativeIds]],
    );
  }

  /**
   * The picture behind a stored file — an initiative's image or a progress update's photo, full size
   * or thumbnail — with the facts the visibility rule decides on (a hidden update counts as hidden).
   */
  async findByKey(municipalityId: string, key: string): Promise<{ contentType: string; facts: VisibleFacts } | null> {
    const rows: Array<{ contentType: string; authorId: string; status: InitiativeStatus; hidden: boolean; wasPublished: boolean }> =
      await this.db.query(
        `SELECT m.content_type AS "contentType", i.author_id AS "authorId", i.status, (i.hidden_at IS NOT NULL OR m.hidden) AS hidden,
             i.published_at IS NOT NULL AS "wasPublished"
           FROM (SELECT municipality_id, initiative_id, content_type, false AS hidden FROM initiative_image
                  WHERE municipality_id = $1 AND (storage_key = $2 OR thumb_key = $2)
                 UNION ALL
                 SELECT municipality_id, initiative_id, 'image/webp', hidden_at IS NOT NULL FROM progress_update
                  WHERE municipality_id = $1 AND (photo_key = $2 OR photo_thumb_key = $2)) m
           JOIN initiative i ON i.id = m.initiative_id AND i.municipality_id = m.municipality_id`,
        [municipalityId, key],
      );
    const row = rows[0];
    if (!row) {
      return null;
    }
    const { contentType, authorId, status, hidden, wasPublished } = row;
    return { contentType, facts: { authorId, status, hidden, wasPublished } };
  }

  async initiativeOf(manager: EntityManager, municipalityId: string, imageId: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT initiative_id AS id FROM initiative_image WHERE municipality_id = $1 AND id = $2`,
      [municipalityId, imageId],
    );
    return rows[0]?.id ?? null;
  }

  /** One image with its initiative's author and status, locking the image row (lock the initiative first). */
  async lockWithInitiative(manager: EntityManager, municipalityId: string, imageId: string): Promise<ImageWithInitiative | null> {
    const rows: ImageWithInitiative[] = await manager.query(
      `SELECT ${COLUMNS}, i.author_id AS "authorId", i.status FROM initiative_image m
       JOIN initiative i ON i.id = m.initiative_id AND i.municipality_id = m.municipality_id
       WHERE m.municipality_id = $1 AND m.id = $2 FOR UPDATE OF m`,
      [municipalityId, imageId],
    );
    return rows[0] ?? null;
  }

  async countFor(manager: EntityManager, initiativeId: string): Promise<number> {
    const rows: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM initiative_image WHERE initiative_id = $1`, [
      initiativeId,
    ]);
    return rows[0]?.n ?? 0;
  }

  async insert(
    manager: EntityManager,
    values: Omit<InitiativeImageRow, 'id' | 'position' | 'contentType'> & { uploadedBy: string; byteSize: number },
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO initiative_image (municipality_id, initiative_id, uploaded_by, storage_key, thumb_key, content_type, source_type, alt,
         width, height, byte_size, position)
       VALUES ($1, $2, $3, $4, $5, 'image/webp', $6, $7, $8, $9, $10,
         (SELECT coalesce(max(position) + 1, 0) FROM initiative_image WHERE initiative_id = $2))
       RETURNING id`,
      [
        values.municipalityId,
        values.initiativeId,
        values.uploadedBy,
        values.storageKey,
        values.thumbKey,
        values.sourceType,
        values.alt,
        values.width,
        values.height,
        values.byteSize,
      ],
    );
    return rows[0].id;
  }

  /** Deletes the image and closes the gap in the order. */
  async delete(manager: EntityManager, image: InitiativeImageRow): Promise<void> {
    await manager.query(`DELETE FROM initiative_image WHERE id = $1`, [image.id]);
    await manager.query(`UPDATE initiative_image SET position = position - 1 WHERE initiative_id = $1 AND position > $2`, [
      image.initiativeId,
      image.position,
    ]);
  }

  async setAlt(manager: EntityManager, id: string, alt: string): Promise<InitiativeImageRow | null> {
    const result: InitiativeImageRow[] | [InitiativeImageRow[], number] = await manager.query(
      `UPDATE initiative_image m SET alt = $2 WHERE m.id = $1 RETURNING ${COLUMNS}`,
      [id, alt],
    );
    return returnedRows<InitiativeImageRow>(result)[0] ?? null;
  }

  /** Moves an image to `position` (0-based, clamped), shifting the others. */
  async move(manager: EntityManager, image: InitiativeImageRow, position: number): Promise<void> {
    const count = await this.countFor(manager, image.initiativeId);
    const target = Math.max(0, Math.min(count - 1, position));
    if (target === image.position) {
      return;
    }
    await manager.query(
      `UPDATE initiative_image SET position = CASE
         WHEN id = $2 THEN $4::int
         WHEN $4::int < $3::int AND position >= $4::int AND position < $3::int THEN position + 1
         WHEN $4::int > $3::int AND position <= $4::int AND position > $3::int THEN position - 1
         ELSE position END
       WHERE initiative_id = $1`,
      [image.initiativeId, image.id, image.position, target],
    );
  }
}
