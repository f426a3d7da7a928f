import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxRepository } from '../notification/outbox.repository.js';

export type InboxKind = 'moderation' | 'first_response' | 'decision' | 'report';

export interface InboxRow {
  kind: InboxKind;
  initiativeId: string;
  dueOn: string | null;
  assigneeId: string | null;
  sortKey: string;
}

export interface InboxFilter {
  kinds?: readonly InboxKind[];
  neighbourhoodId?: string;
  assigneeId?: string;
  unassigned?: boolean;
  overdueOnly?: boolean;
}

const NO_DUE_DATE = '9999-12-31';

/**
 * Everything that awaits a municipal reaction, derived from the initiatives themselves (no
 * flags that can drift): submissions to check, published ones without a first answer, ones
 * past the threshold without a decision, and open reports about an initiative or its comments and
 * updates (one item per initiative; see modules/report). Ordered by due date, most urgent first.
 */
const itemsOf = (municipality: string): string => `
  SELECT 'moderation'::text AS kind, i.id, i.municipality_id, i.moderation_due_on AS due_on, i.neighbourhood_id
    FROM initiative i WHERE i.municipality_id = ${municipality} AND i.status = 'submitted'
  UNION ALL
  SELECT 'first_response', i.id, i.municipality_id, i.first_response_due_on, i.neighbourhood_id
    FROM initiative i WHERE i.municipality_id = ${municipality} AND i.status IN ('published', 'under_review') AND i.first_response_at IS NULL
  UNION ALL
  SELECT 'decision', i.id, i.municipality_id, i.decision_due_on, i.neighbourhood_id
    FROM initiative i WHERE i.municipality_id = ${municipality} AND i.status = 'under_review'
  UNION ALL
  SELECT 'report', i.id, i.municipality_id, min(r.due_on), i.neighbourhood_id
    FROM report r JOIN initiative i ON i.id = r.initiative_id
   WHERE r.municipality_id = ${municipality} AND r.status = 'open'
   GROUP BY i.id, i.municipality_id, i.neighbourhood_id`;
const ITEMS = itemsOf('$1');

/** Overdue items are announced when their deadline passed at most this many days ago (older ones are not news). */
const OVERDUE_LOOKBACK_DAYS = 30;

@Injectable()
export class InboxRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxRepository,
  ) {}

  async page(
    municipalityId: string,
    filter: InboxFilter,
    today: string,
    limit: number,
    after: { value: string; id: string } | null,
  ): Promise<{ rows: InboxRow[]; totalCount: number }> {
    const params: unknown[] = [municipalityId];
    const where: string[] = ['TRUE'];
    const add = (value: unknown, condition: (ref: string) => string): void => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (filter.kinds?.length) {
      add([...filter.kinds], (p) => `items.kind = ANY(${p}::text[])`);
    }
    if (filter.neighbourhoodId) {
      add(filter.neighbourhoodId, (p) => `items.neighbourhood_id = ${p}`);
    }
    if (filter.assigneeId) {
      add(filter.assigneeId, (p) => `a.assignee_id = ${p}`);
    }
    if (filter.unassigned) {
      where.push('a.assignee_id IS NULL');
    }
    if (filter.overdueOnly) {
      add(today, (p) => `items.due_on < ${p}::date`);
    }
    const from = `FROM (${ITEMS}) items LEFT JOIN inbox_assignment a ON a.initiative_id = items.id`;
    const sortKey = `coalesce(items.due_on, DATE '${NO_DUE_DATE}')::text || '|' || items.kind`;
    const countParams = [...params];
    const countSql = `SELECT count(*)::int AS n ${from} WHERE ${where.join(' AND ')}`;
    if (after) {
      params.push(after.value, after.id);
      where.push(`(${sortKey}, items.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const pageSql = `SELECT items.kind, items.id, items.due_on::text AS due_on, a.assignee_id, ${sortKey} AS sort_key ${from}
      WHERE ${where.join(' AND ')} ORDER BY ${sortKey}, items.id LIMIT $${params.length}`;
    const [rows, count] = await Promise.all([
      this.db.query<Array<Record<string, string | null>>>(pageSql, params),
      this.db.query<Array<{ n: number }>>(countSql, countParams),
    ]);
    return {
      rows: rows.map((r) => ({
        kind: r.kind as InboxKind,
        initiativeId: r.id as string,
        dueOn: r.due_on ?? null,
        assigneeId: r.assignee_id ?? null,
        sortKey: r.sort_key as string,
      })),
      totalCount: count[0]?.n ?? 0,
    };
  }

  /**
   * Assigns (or with null, unassigns) the initiative's inbox items to a colleague of the same
   * municipality. A new assignee is notified (`item_assigned`, written to the outbox in the same
   * transaction); assigning the same person again changes nothing.
   */
  async assign(municipalityId: string, initiativeId: string, assigneeId: string | null, actorId: string): Promise<void> {
    if (!assigneeId) {
      await this.db.query(`DELETE FROM inbox_assignment WHERE municipality_id = $1 AND initiative_id = $2`, [municipalityId, initiativeId]);
      return;
    }
    await this.db.transaction(async (manager) => {
      const changed = await manager.query<unknown[]>(
        `INSERT INTO inbox_assignment (municipality_id, initiative_id, assignee_id) VALUES ($1, $2, $3)
         ON CONFLICT (initiative_id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id, assigned_at = now()
           WHERE inbox_assignment.assignee_id IS DISTINCT FROM EXCLUDED.assignee_id
         RETURNING 1`,
        [municipalityId, initiativeId, assigneeId],
      );
      if (changed.length > 0) {
        await this.outbox.add(manager, { municipalityId, kind: 'item_assigned', initiativeId, actorId, recipientId: assigneeId });
      }
    });
  }

  /**
   * Announces every inbox item (of any municipality) whose due date lies before `today` (a Dutch
   * date) and was not announced yet: an `item_overdue` outbox row for its assignee (none: every
   * facilitator). The notice row's primary key (initiative, kind, due date) makes this happen once
   * per item, also with several runners at once. Returns how many were announced.
   */
  async announceOverdue(today: string): Promise<number> {
    const rows = await this.db.query<unknown[]>(
      `WITH overdue AS (
         SELECT items.kind, items.id, items.municipality_id, items.due_on
           FROM (${itemsOf('i.municipality_id')}) items
          WHERE items.due_on < $1::date AND items.due_on >= $1::date - ${OVERDUE_LOOKBACK_DAYS}
       ), noticed AS (
         INSERT INTO inbox_overdue_notice (municipality_id, initiative_id, kind, due_on)
         SELECT municipality_id, id, kind, due_on FROM overdue
         ON CONFLICT DO NOTHING
         RETURNING municipality_id, initiative_id, kind, due_on
       )
       INSERT INTO outbox (municipality_id, kind, initiative_id, recipient_id, payload)
       SELECT n.municipality_id, 'item_overdue', n.initiative_id, a.assignee_id, jsonb_build_object('item', n.kind, 'dueOn', n.due_on::text)
         FROM noticed n LEFT JOIN inbox_assignment a ON a.initiative_id = n.initiative_id
       RETURNING 1`,
      [today],
    );
    return rows.length;
  }
}
