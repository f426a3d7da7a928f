import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PRIVATE_STATUSES, isStaff, type InitiativeStatus, type StatusStamps, type Viewer, type VisibleFacts } from '#domain';
import {
  cursorValueOf,
  DEADLINE_SQL,
  ORDER_KEYS,
  TRENDING_CTE,
  usesSnapshot,
  type InitiativeOrder,
  type ListPosition,
} from './initiative-list.sql.js';
import { InitiativeEventEntity } from './initiative-event.entity.js';
import { InitiativeEntity } from './initiative.entity.js';

export interface InitiativeListFilter {
  readonly statuses?: readonly InitiativeStatus[];
  readonly neighbourhoodId?: string;
  readonly themeId?: string;
  readonly authorId?: string;
  readonly box?: { south: number; west: number; north: number; east: number };
  /** A prepared prefix tsquery (see libs/domain searchTerms). */
  readonly tsQuery?: string;
}

export type { InitiativeOrder };

/** One page request: order, size, where to continue, and the moment clock-dependent orders are computed at. */
export interface ListRequest {
  readonly order: InitiativeOrder;
  readonly limit: number;
  readonly position: ListPosition | null;
  readonly snapshot: Date;
  readonly supportWindowDays: number;
}

export interface InitiativeRow extends InitiativeEntity {
  /** The sort key at full precision as text, for keyset cursors. */
  readonly cursorValue: string;
}

const COLUMNS = `i.id, i.municipality_id, i.author_id, i.title, i.summary, i.description, i.neighbourhood_id,
  i.theme_id, i.status, i.support_count, i.created_at, i.updated_at, i.hidden_at, i.hidden_reason, i.lat, i.lng,
  i.published_at, i.first_response_due_on::text, i.first_response_at, i.threshold_reached_at, i.decision_due_on::text,
  i.moderation_due_on::text, i.decided_at`;

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
    hiddenAt: (raw.hidden_at as Date | null) ?? null,
    hiddenReason: (raw.hidden_reason as string | null) ?? null,
    lat: (raw.lat as number | null) ?? null,
    lng: (raw.lng as number | null) ?? null,
    publishedAt: (raw.published_at as Date | null) ?? null,
    firstResponseDueOn: (raw.first_response_due_on as string | null) ?? null,
    firstResponseAt: (raw.first_response_at as Date | null) ?? null,
    thresholdReachedAt: (raw.threshold_reached_at as Date | null) ?? null,
    decisionDueOn: (raw.decision_due_on as string | null) ?? null,
    moderationDueOn: (raw.moderation_due_on as string | null) ?? null,
    decidedAt: (raw.decided_at as Date | null) ?? null,
    cursorValue: (raw.cursor_value as string | undefined) ?? '',
  };
}

/** The facts `canSeeInitiative` (libs/domain) decides on, from a row. */
export function visibleFacts(row: InitiativeRow): VisibleFacts {
  return { authorId: row.authorId, status: row.status, hidden: row.hiddenAt !== null, wasPublished: row.publishedAt !== null };
}

/**
 * The SQL form of `canSeeInitiative` (libs/domain): every read path adds this condition.
 * Parameters are appended to `params`; the returned text refers to them by position.
 */
export function visibleToSql(viewer: Viewer | null, params: unknown[]): string {
  if (viewer && isStaff(viewer.role)) {
    return 'TRUE';
  }
  // The statuses are written into the statement (they are fixed words, never input) so that the
  // planner can match the partial "public" indexes, whose predicate is this same condition.
  const isPublic = `(i.status <> ALL('{${PRIVATE_STATUSES.join(',')}}'::text[]) AND i.hidden_at IS NULL
    AND NOT (i.status = 'withdrawn' AND i.published_at IS NULL))`;
  if (!viewer) {
    return isPublic;
  }
  params.push(viewer.userId);
  return `(${isPublic} OR i.author_id = $${params.length})`;
}

/** The WHERE conditions of a list or count: municipality, visibility and the filter. */
function conditionsOf(viewer: Viewer | null, filter: InitiativeListFilter, params: unknown[]): string[] {
  const where = ['i.municipality_id = $1', visibleToSql(viewer, params)];
  const add = (value: unknown, condition: (ref: string) => string): void => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (filter.statuses && filter.statuses.length > 0) {
    add([...filter.statuses], (p) => `i.status = ANY(${p}::text[])`);
  }
  if (filter.neighbourhoodId) {
    add(filter.neighbourhoodId, (p) => `i.neighbourhood_id = ${p}`);
  }
  if (filter.themeId) {
    add(filter.themeId, (p) => `i.theme_id = ${p}`);
  }
  if (filter.authorId) {
    add(filter.authorId, (p) => `i.author_id = ${p}`);
  }
  if (filter.box) {
    const { south, west, north, east } = filter.box;
    add([south, north, west, east], (p) => {
      const edge = (n: number): string => `(${p}::float8[])[${n}]`;
      return `i.lat BETWEEN ${edge(1)} AND ${edge(2)} AND i.lng BETWEEN ${edge(3)} AND ${edge(4)}`;
    });
  }
  if (filter.tsQuery) {
    add(filter.tsQuery, (p) => `i.search_vector @@ to_tsquery('dutch', ${p})`); // keep last: list() refers to it
  }
  return where;
}

@Injectable()
export class InitiativeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page (limit + 1 rows, to tell whether there is more) in the requested order: one statement. */
  async list(municipalityId: string, viewer: Viewer | null, filter: InitiativeListFilter, request: ListRequest): Promise<InitiativeRow[]> {
    const params: unknown[] = [municipalityId];
    const where = conditionsOf(viewer, filter, params);
    const ref = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const { order, position, snapshot } = request;
    const queryRef = filter.tsQuery ? `$${params.length}` : 'NULL'; // the search condition's parameter, added last by conditionsOf
    const snapRef = usesSnapshot(order) ? `${ref(snapshot.toISOString())}::timestamptz` : '';
    const windowRef = order === 'deadline_soon' ? `${ref(request.supportWindowDays)}::int` : '';
    const fill = (sql: string): string => sql.replaceAll('$SNAP', snapRef).replaceAll('$WINDOW', windowRef).replaceAll('$Q', queryRef);
    if (order === 'trending') {
      return this.trendingPage(where, params, ref, fill(TRENDING_CTE), request);
    }
    if (order === 'deadline_soon') {
      return this.deadlinePage(where, params, ref, fill, request);
    }
    const { keys: rawKeys, casts } = ORDER_KEYS[order];
    const keys = rawKeys.map(fill);
    const from = 'initiative i';
    if (position) {
      const values = position.values.map((value, n) => `${ref(value)}::${casts[n]}`);
      where.push(`(${keys.join(', ')}, i.id) < (${values.join(', ')}, ${ref(position.id)}::uuid)`);
    }
    const rows = await this.db.query<RawRow[]>(
      `SELECT ${COLUMNS}, ARRAY[${keys.map((key) => `(${key})::text`).join(', ')}] AS cursor_keys FROM ${from}
        WHERE ${where.join(' AND ')}
        ORDER BY ${keys.map((key) => `${key} DESC`).join(', ')}, i.id DESC LIMIT ${ref(request.limit + 1)}`,
      params,
    );
    return rows.map((raw) => ({ ...toRow(raw), cursorValue: cursorValueOf(order, snapshot, raw.cursor_keys as string[]) }));
  }

  /**
   * TRENDING as two branches, so that no page sorts the whole list: the initiatives with supports
   * in the window (few; from the recent-supports index), then all others by id (a walk over the
   * primary key). Same keys as ORDER_KEYS.trending: (supports in the window, id), both descending.
   */
  private async trendingPage(
    where: readonly string[],
    params: unknown[],
    ref: (value: unknown) => string,
    recentCte: string,
    request: ListRequest,
  ): Promise<InitiativeRow[]> {
    let afterRecent = '';
    let afterRest = '';
    if (request.position) {
      const n = `${ref(request.position.values[0])}::integer`;
      const id = `${ref(request.position.id)}::uuid`;
      afterRecent = ` AND (r.n, i.id) < (${n}, ${id})`;
      afterRest = ` AND (0, i.id) < (${n}, ${id})`;
    }
    const limitRef = ref(request.limit + 1);
    const conditions = where.join(' AND ');
    const rows = await this.db.query<RawRow[]>(
      `WITH ${recentCte}
       SELECT * FROM (
         (SELECT ${COLUMNS}, r.n AS trend FROM recent r JOIN initiative i ON i.id = r.initiative_id
           WHERE ${conditions}${afterRecent} ORDER BY r.n DESC, i.id DESC LIMIT ${limitRef})
         UNION ALL
         (SELECT ${COLUMNS}, 0 AS trend FROM initiative i
           WHERE ${conditions} AND NOT EXISTS (SELECT 1 FROM recent r WHERE r.initiative_id = i.id)${afterRest}
           ORDER BY i.id DESC LIMIT ${limitRef})
       ) t ORDER BY trend DESC, id DESC LIMIT ${limitRef}`,
      params,
    );
    return rows.map((raw) => ({ ...toRow(raw), cursorValue: cursorValueOf('trending', request.snapshot, [String(raw.trend)]) }));
  }

  /**
   * DEADLINE_SOON in three branches, so that no page sorts the whole list: published initiatives
   * whose support window is still open (a range over initiative_expiry_idx), initiatives under review
   * whose decision day has not passed (a range over initiative_decision_due_idx), and all others by id
   * (a walk over the primary key). Same keys as ORDER_KEYS.deadline_soon, both descending; within
   * the first two branches "deadline nearest first" is "published earliest" and "decision day
   * earliest", the order of their indexes.
   */
  private async deadlinePage(
    where: readonly string[],
    params: unknown[],
    ref: (value: unknown) => string,
    fill: (sql: string) => string,
    request: ListRequest,
  ): Promise<InitiativeRow[]> {
    const key = fill(ORDER_KEYS.deadline_soon.keys[0]);
    const ahead = fill('coalesce(d.at > $SNAP, false)');
    const after = request.position
      ? (keyExpression: string): string =>
          ` AND (${keyExpression}, i.id) < (${ref(request.position!.values[0])}::numeric, ${ref(request.position!.id)}::uuid)`
      : (): string => '';
    const limitRef = ref(request.limit + 1);
    const conditions = where.join(' AND ');
    const from = `initiative i CROSS JOIN LATERAL (SELECT ${fill(DEADLINE_SQL)} AS at) d`;
    const branch = (extra: string, keyExpression: string, orderBy: string): string =>
      `(SELECT ${COLUMNS}, ${keyExpression} AS deadline_key FROM ${from}
         WHERE ${conditions} AND ${extra}${after(keyExpression)} ORDER BY ${orderBy} LIMIT ${limitRef})`;
    const rows = await this.db.query<RawRow[]>(
      `SELECT * FROM (
         ${branch(fill(`i.status = 'published' AND i.published_at > $SNAP - make_interval(days => $WINDOW) AND ${ahead}`), key, 'i.published_at ASC, i.id DESC')}
         UNION ALL
         ${branch(fill(`i.status = 'under_review' AND i.decision_due_on >= ($SNAP AT TIME ZONE 'Europe/Amsterdam')::date AND ${ahead}`), key, 'i.decision_due_on ASC, i.id DESC')}
         UNION ALL
         ${branch(`NOT ${ahead}`, `'-Infinity'::numeric`, 'i.id DESC')}
       ) b ORDER BY deadline_key DESC, id DESC LIMIT ${limitRef}`,
      params,
    );
    return rows.map((raw) => ({
      ...toRow(raw),
      cursorValue: cursorValueOf('deadline_soon', request.snapshot, [String(raw.deadline_key)]),
    }));
  }

  /**
   * How many initiatives match, counted up to `cap`: exact when it is at most `cap`, otherwise
   * "more than `cap`". Stopping at cap + 1 keeps the count cheap however many match (an index-only
   * walk over the narrow public index for visitors).
   */
  async countVisible(
    municipalityId: string,
    viewer: Viewer | null,
    filter: InitiativeListFilter,
    cap: number,
  ): Promise<{ count: number; exact: boolean }> {
    const params: unknown[] = [municipalityId];
    const where = conditionsOf(viewer, filter, params);
    params.push(cap + 1);
    const rows = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM initiative i WHERE ${where.join(' AND ')} LIMIT $${params.length}) s`,
      params,
    );
    const n = rows[0]?.n ?? 0;
    return n > cap ? { count: cap, exact: false } : { count: n, exact: true };
  }

  async findVisible(municipalityId: string, id: string, viewer: Viewer | null): Promise<InitiativeRow | null> {
    const params: unknown[] = [municipalityId, id];
    const rows: RawRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM initiative i WHERE i.municipality_id = $1 AND i.id = $2 AND ${visibleToSql(viewer, params)}`,
      params,
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Several initiatives by id, as far as the viewer may see them (DataLoader batch). */
  async findManyVisible(municipalityId: string, ids: readonly string[], viewer: Viewer | null): Promise<InitiativeRow[]> {
    const params: unknown[] = [municipalityId, [...ids]];
    const rows = await this.db.query<RawRow[]>(
      `SELECT ${COLUMNS} FROM initiative i WHERE i.municipality_id = $1 AND i.id = ANY($2::uuid[]) AND ${visibleToSql(viewer, params)}`,
      params,
    );
    return rows.map(toRow);
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
    values: Pick<
      InitiativeEntity,
      'municipalityId' | 'authorId' | 'title' | 'summary' | 'description' | 'neighbourhoodId' | 'themeId' | 'lat' | 'lng'
    >,
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO initiative (municipality_id, author_id, title, summary, description, neighbourhood_id, theme_id, lat, lng)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        values.municipalityId,
        values.authorId,
        values.title,
        values.summary,
        values.description,
        values.neighbourhoodId,
        values.themeId,
        values.lat,
        values.lng,
      ],
    );
    return rows[0].id;
  }

  /** Moves to `status` and sets the step's timestamps and due dates (first publication is kept). */
  async setStatus(manager: EntityManager, id: string, status: InitiativeStatus, stamps: StatusStamps): Promise<void> {
    await manager.query(
      `UPDATE initiative SET status = $2, updated_at = now(),
         submitted_at = coalesce($3, submitted_at),
         moderation_due_on = coalesce($4::date, moderation_due_on),
         published_at = coalesce(published_at, $5),
         first_response_due_on = coalesce(first_response_due_on, $6::date),
         threshold_reached_at = coalesce(threshold_reached_at, $7),
         decision_due_on = coalesce(decision_due_on, $8::date),
         decided_at = coalesce($9, decided_at)
       WHERE id = $1`,
      [
        id,
        status,
        stamps.submittedAt ?? null,
        stamps.moderationDueOn ?? null,
        stamps.publishedAt ?? null,
        stamps.firstResponseDueOn ?? null,
        stamps.thresholdReachedAt ?? null,
        stamps.decisionDueOn ?? null,
        stamps.decidedAt ?? null,
      ],
    );
  }

  async setHidden(manager: EntityManager, id: string, reason: string | null): Promise<void> {
    await manager.query(
      `UPDATE initiative SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, hidden_reason = $2, updated_at = now() WHERE id = $1`,
      [id, reason],
    );
  }

  async updateContent(
    manager: EntityManager,
    id: string,
    values: Pick<InitiativeEntity, 'title' | 'summary' | 'description' | 'neighbourhoodId' | 'themeId' | 'lat' | 'lng'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE initiative SET title = $2, summary = $3, description = $4, neighbourhood_id = $5, theme_id = $6, lat = $7, lng = $8,
         updated_at = now() WHERE id = $1`,
      [id, values.title, values.summary, values.description, values.neighbourhoodId, values.themeId, values.lat, values.lng],
    );
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
