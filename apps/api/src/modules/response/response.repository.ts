import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ResponseKind } from '#domain';
import { returnedRows } from '../../database/returned-rows.js';

export interface ResponseRow {
  id: string;
  initiativeId: string;
  authorId: string;
  kind: ResponseKind;
  decision: 'adopt' | 'decline' | null;
  body: string;
  department: string | null;
  createdAt: Date;
}

export interface TemplateRow {
  id: string;
  name: string;
  kind: ResponseKind;
  body: string;
}

@Injectable()
export class ResponseRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Stores a response and marks the first response time (once). */
  async insert(manager: EntityManager, municipalityId: string, row: Omit<ResponseRow, 'id' | 'createdAt' | 'department'>): Promise<string> {
    const [created] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO initiative_response (municipality_id, initiative_id, author_id, kind, decision, body, department)
       SELECT $1, $2, u.id, $4, $5, $6, u.department FROM app_user u WHERE u.municipality_id = $1 AND u.id = $3
       RETURNING id`,
      [municipalityId, row.initiativeId, row.authorId, row.kind, row.decision, row.body],
    );
    await manager.query(`UPDATE initiative SET first_response_at = coalesce(first_response_at, now()) WHERE id = $1`, [row.initiativeId]);
    return created.id;
  }

  /** Responses of several initiatives at once (DataLoader batch), oldest first. */
  async ofInitiatives(municipalityId: string, ids: readonly string[]): Promise<ResponseRow[]> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT id, initiative_id, author_id, kind, decision, body, department, created_at FROM initiative_response
        WHERE municipality_id = $1 AND initiative_id = ANY($2::uuid[]) ORDER BY created_at, id`,
      [municipalityId, [...ids]],
    );
    return rows.map((r) => ({
      id: r.id as string,
      initiativeId: r.initiative_id as string,
      authorId: r.author_id as string,
      kind: r.kind as ResponseKind,
      decision: (r.decision as ResponseRow['decision']) ?? null,
      body: r.body as string,
      department: (r.department as string | null) ?? null,
      createdAt: r.created_at as Date,
    }));
  }

  templates(municipalityId: string): Promise<TemplateRow[]> {
    return this.db.query<TemplateRow[]>(`SELECT id, name, kind, body FROM response_template WHERE municipality_id = $1 ORDER BY name`, [
      municipalityId,
    ]);
  }

  async template(municipalityId: string, id: string): Promise<TemplateRow | null> {
    const rows = await this.db.query<TemplateRow[]>(
      `SELECT id, name, kind, body FROM response_template WHERE municipality_id = $1 AND id = $2`,
      [municipalityId, id],
    );
    return rows[0] ?? null;
  }

  /** Adds or changes a template; null when the name is taken (or, for a change, the template is not found). */
  async saveTemplate(municipalityId: string, id: string | null, values: Omit<TemplateRow, 'id'>): Promise<TemplateRow | null> {
    if (!id) {
      const rows = await this.db.query<TemplateRow[]>(
        `INSERT INTO response_template (municipality_id, name, kind, body) VALUES ($1, $2, $3, $4)
         ON CONFLICT (municipality_id, name) DO NOTHING RETURNING id, name, kind, body`,
        [municipalityId, values.name, values.kind, values.body],
      );
      return rows[0] ?? null;
    }
    const result = await this.db.query<TemplateRow[] | [TemplateRow[], number]>(
      `UPDATE response_template SET name = $3, kind = $4, body = $5 WHERE municipality_id = $1 AND id = $2
         AND NOT EXISTS (SELECT 1 FROM response_template o WHERE o.municipality_id = $1 AND o.name = $3 AND o.id <> $2)
       RETURNING id, name, kind, body`,
      [municipalityId, id, values.name, values.kind, values.body],
    );
    return returnedRows(result)[0] ?? null;
  }
}
