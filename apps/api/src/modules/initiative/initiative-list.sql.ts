import { badInput } from '../../common/errors/app-error.js';
import type { Cursor } from '../../common/pagination/pagination.js';

export type InitiativeOrder = 'newest' | 'most_supported' | 'relevance' | 'trending' | 'deadline_soon';

/** How far back TRENDING counts supports. */
export const TRENDING_DAYS = 7;

/**
 * Supports younger than this are left out of a TRENDING snapshot: a support is stamped with the
 * start of its transaction, so one that started just before the snapshot may commit just after it.
 * Leaving out the last seconds keeps every count of a snapshot final while someone pages.
 */
export const SNAPSHOT_SETTLE_MS = 5_000;

/**
 * The sort keys of one page, all descending, then `i.id` descending. Every order is a keyset over
 * these columns, so a page continues exactly after the previous one even while rows arrive.
 *
 * - NEWEST, MOST_SUPPORTED: a column (served by an index).
 * - RELEVANCE: ts_rank on the stored, weighted search vector (no to_tsvector at query time), at
 *   fixed precision so that the cursor's value compares equal to the row's. Cost grows with the
 *   number of matches: the GIN index yields matches in no useful order, so every match is fetched
 *   and ranked before the top 20 are taken (measured: 'fiets' matching 27,500 of 100,000 rows is
 *   ~25-50 ms of Postgres time per page, most of it fetching the rows, not ts_rank itself). Bounding
 *   that needs an order an index can serve (e.g. "title matches first, newest first within"),
 *   which is a different ranking than ts_rank: not changed here.
 * - TRENDING and DEADLINE_SOON depend on the clock ("supports in the last 7 days", "deadline still
 *   in the future"), so a moving clock would move rows between pages. Their cursor carries a
 *   snapshot time taken at the first page; every later page computes the keys at that same moment,
 *   so the keys of a listing never change while someone pages (new supports and initiatives after
 *   the snapshot do not count). A fresh listing (no cursor) takes a fresh snapshot.
 */
export interface OrderKeys {
  /** SQL expressions, most significant first; `$SNAP`, `$WINDOW` and `$Q` (the tsquery) are replaced. */
  readonly keys: readonly string[];
  /** The Postgres type of each key, for the cursor parameters. */
  readonly casts: readonly string[];
}

export const ORDER_KEYS: Record<InitiativeOrder, OrderKeys> = {
  newest: { keys: ['i.created_at'], casts: ['timestamptz'] },
  relevance: { keys: [`ts_rank(i.search_vector, to_tsquery('dutch', $Q))::numeric(12,10)`], casts: ['numeric'] },
  most_supported: { keys: ['i.support_count'], casts: ['integer'] },
  // Served by InitiativeRepository.trendingPage (two branches); the key is the count in TRENDING_CTE.
  trending: { keys: ['coalesce(r.n, 0)'], casts: ['integer'] },
  // Nearest future deadline first = largest negated epoch; no (or a past) deadline = -Infinity, last.
  deadline_soon: {
    keys: [`CASE WHEN d.at > $SNAP THEN -extract(epoch FROM d.at) ELSE '-Infinity'::numeric END`],
    casts: ['numeric'],
  },
};

/**
 * The deadline a resident watches, by status: while published, the end of the support window
 * (publication + the municipality's support window in days); while under review, the end of the
 * day (Dutch time) by which the municipality must decide. Other statuses have none.
 */
export const DEADLINE_SQL = `CASE i.status
    WHEN 'published' THEN i.published_at + make_interval(days => $WINDOW)
    WHEN 'under_review' THEN ((i.decision_due_on + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
  END`;

/** The supports per initiative in the TRENDING window ending at the snapshot. */
export const TRENDING_CTE = `recent AS (
    SELECT s.initiative_id, count(*)::int AS n FROM support s
     WHERE s.municipality_id = $1 AND s.created_at > $SNAP - make_interval(days => ${TRENDING_DAYS}) AND s.created_at <= $SNAP
     GROUP BY s.initiative_id)`;

/** A decoded cursor: the key values as text (cast in SQL), the id, and the snapshot if the order has one. */
export interface ListPosition {
  readonly values: readonly string[];
  readonly id: string;
}

export function usesSnapshot(order: InitiativeOrder): boolean {
  return order === 'trending' || order === 'deadline_soon';
}

const SEPARATOR = '|';

/** The cursor value of a row: its order, the snapshot (if any) and the key values, joined. */
export function cursorValueOf(order: InitiativeOrder, snapshot: Date, keyValues: readonly string[]): string {
  return [order, ...(usesSnapshot(order) ? [snapshot.toISOString()] : []), ...keyValues].join(SEPARATOR);
}

/** Splits a cursor for `order`; a cursor of another order or a forged one is refused as bad input. */
export function positionOf(order: InitiativeOrder, cursor: Cursor | null): { snapshot: Date | null; position: ListPosition | null } {
  if (!cursor) {
    return { snapshot: null, position: null };
  }
  const [cursorOrder, ...parts] = cursor.value.split(SEPARATOR);
  const expected = ORDER_KEYS[order].keys.length + (usesSnapshot(order) ? 1 : 0);
  if (cursorOrder !== order || parts.length !== expected || parts.some((part) => part === '')) {
    throw badInput([{ field: 'after', key: 'field.invalid' }]);
  }
  let snapshot: Date | null = null;
  if (usesSnapshot(order)) {
    snapshot = new Date(parts[0]);
    if (Number.isNaN(snapshot.getTime())) {
      throw badInput([{ field: 'after', key: 'field.invalid' }]);
    }
  }
  const values = usesSnapshot(order) ? parts.slice(1) : parts;
  if (!values.every((value, i) => KEY_TEXT[ORDER_KEYS[order].casts[i]].test(value))) {
    throw badInput([{ field: 'after', key: 'field.invalid' }]);
  }
  return { snapshot, position: { values, id: cursor.id } };
}

/** What a key value of each type looks like as Postgres prints it; anything else is forged (never a cast error). */
const KEY_TEXT: Readonly<Record<string, RegExp>> = {
  integer: /^-?\d{1,9}$/,
  numeric: /^(-?Infinity|-?\d+(\.\d+)?)$/,
  timestamptz: /^\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:?\d{2})?|Z)?$/,
};
