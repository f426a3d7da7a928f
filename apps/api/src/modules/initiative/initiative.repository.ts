import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PRIVATE_STATUSES, isStaff, type InitiativeStatus, type Viewer } from '#domain';
import type { Cursor } from '../../common/pagination/pagination.js';
import { InitiativeEventEntity } from './initiative-event.entity.js';
import { InitiativeEntity } from './initiative.entity.js';

export interface InitiativeListFilter {
  readonly statuses?: readonly InitiativeStatus[];
  readonly neighbourhoodId?: string;
  readonly themeId?: string;
  readonly authorId?: string;
}

export interface InitiativeRow extends InitiativeEntity {
  /** created_at at full (microsecond) precision, for keyset cursors. */
  readonly cursorValue: string;
}

const COLUMNS = `i.id, i.municipality_id, i.author_id, i.title, i.summary, i.description, i.neighbourhood_id,
  i.theme_id, i.status, i.support_count, i.created_at, i.updated_at, i.created_at::text AS cursor_value`;

type RawRow = Record<string, unknown>;

function toRow(raw: RawRow): InitiativeRow {
  return {
    id: raw.id as string,
    municipalityId: raw.municipality_id as string,
    authorId: raw.author_id as string,
    title: raw.title as string,
    summary: raw.summary as string,
    description: raw.description as string,
    neighbourhoodId: (raw.neighbourhood_id as string | null) ?? null,
    themeId: (raw.theme_id as string | null) ?? null,
    status: raw.status as InitiativeStatus,
    supportCount: raw.support_count as number,
    createdAt: raw.created_at as Date,
    updatedAt: raw.updated_at as Date,
    cursorValue: raw.cursor_value as string,
  };
}

/**
 * The SQL form of `canSeeInitiative` (libs/domain): every read path adds this condition.
 * Parameters are appended to `params`; the returned text refers to them by position.
 */
export function visibleToSql(viewer: Viewer | null, params: unknown[]): string {
  if (viewer && isStaff(viewer.role)) {
    return 'TRUE';
  }
  params.push([...PRIVATE_STATUSES]);
  const privateParam = `$${params.length}`;
  if (!viewer) {
    return `i.status <> ALL(${privateParam}::text[])`;
  }
  params.push(viewer.userId);
  return `(i.status <> ALL(${privateParam}::text[]) OR i.author_id = $${params.length})`;
}

@Injectable()
export class InitiativeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page, newest first, plus the total: two statements whatever the page size. */
  async list(
    municipalityId: string,
    viewer: Viewer | null,
    filter: InitiativeListFilter,
    limit: number,
    after: Cursor | null,
  ): Promise<{ rows: InitiativeRow[]; totalCount: number }> {
    const params: unknown[] = [municipalityId];
    const where = ['i.municipality_id = $1', visibleToSql(viewer, params)];
    if (filter.statuses && filter.statuses.length > 0) {
      params.push([...filter.statuses]);
      where.push(`i.status = ANY($${params.length}::text[])`);
    }
    if (filter.neighbourhoodId) {
      params.push(filter.neighbourhoodId);
      where.push(`i.neighbourhood_id = $${params.length}`);
    }
    if (filter.themeId) {
      params.push(filter.themeId);
      where.push(`i.theme_id = $${params.length}`);
    }
    if (filter.authorId) {
      params.push(filter.authorId);
      where.push(`i.author_id = $${params.length}`);
    }
    const countParams = [...params];
    const countSql = `SELECT count(*)::int AS n FROM initiative i WHERE ${where.join(' AND ')}`;
    if (after) {
      params.push(after.value, after.id);
      where.push(`(i.created_at, i.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const pageSql = `SELECT ${COLUMNS} FROM initiative i WHERE ${where.join(' AND ')}
      ORDER BY i.created_at DESC, i.id DESC LIMIT $${params.length}`;
    const [rows, count] = await Promise.all([
      this.db.query(pageSql, params) as Promise<RawRow[]>,
      this.db.query(countSql, countParams) as Promise<Array<{ n: number }>>,
    ]);
    return { rows: rows.map(toRow), totalCount: count[0]?.n ?? 0 };
  }

  async findVisible(municipalityId: string, id: string, viewer: Viewer | null): Promise<InitiativeRow | null> {
    const params: unknown[] = [municipalityId, id];
    const rows: RawRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM initiative i WHERE i.municipality_id = $1 AND i.id = $2 AND ${visibleToSql(viewer, params)}`,
      params,
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Locks the row for a status change inside `manager`'s transaction. */
  async lockForUpdate(manager: EntityManager, municipalityId: string, id: string): Promise<InitiativeRow | null> {
    const rows: RawRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM initiative i WHERE i.municipality_id = $1 AND i.id = $2 FOR UPDATE`,
      [municipalityId, id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async insert(
    manager: EntityManager,
    values: Pick<InitiativeEntity, 'municipalityId' | 'authorId' | 'title' | 'summary' | 'description' | 'neighbourhoodId' | 'themeId'>,
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO initiative (municipality_id, author_id, title, summary, description, neighbourhood_id, theme_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [values.municipalityId, values.authorId, values.title, values.summary, values.description, values.neighbourhoodId, values.themeId],
    );
    return rows[0]!.id;
  }

  async setStatus(manager: EntityManager, id: string, status: InitiativeStatus): Promise<void> {
    await manager.query(`UPDATE initiative SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }

  async addEvent(
    manager: EntityManager,
    event: Pick<InitiativeEventEntity, 'municipalityId' | 'initiativeId' | 'actorId' | 'fromStatus' | 'toStatus' | 'reason'>,
  ): Promise<void> {
    await manager.getRepository(InitiativeEventEntity).insert(event);
  }

  /** Timelines of several initiatives in one statement (DataLoader batch). */
  eventsOf(municipalityId: string, initiativeIds: readonly string[]): Promise<InitiativeEventEntity[]> {
    return this.db
      .getRepository(InitiativeEventEntity)
      .createQueryBuilder('e')
      .where('e.municipality_id = :municipalityId AND e.initiative_id IN (:...ids)', { municipalityId, ids: [...initiativeIds] })
      .orderBy('e.id', 'ASC')
      .getMany();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
