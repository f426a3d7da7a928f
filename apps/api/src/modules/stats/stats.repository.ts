import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ResponseFigures {
  /** The whole municipality (else one neighbourhood, or initiatives without one when neighbourhoodId is null). */
  total: boolean;
  neighbourhoodId: string | null;
  published: number;
  medianDaysToFirstResponse: number | null;
  p90DaysToFirstResponse: number | null;
  firstResponsesOnTimeShare: number | null;
  medianDaysToDecision: number | null;
  p90DaysToDecision: number | null;
  decisionsOnTimeShare: number | null;
  openAwaitingResponse: number;
  overdue: number;
}

export interface ImpactFigures {
  groupBy: 'neighbourhood' | 'theme';
  groupId: string | null;
  deliveredHours: number;
  materialsDelivered: number;
  pledgedMoneyCents: number;
  matchedCents: number;
}

/**
 * Public response-time figures, computed in SQL from the initiatives themselves: per
 * neighbourhood and (neighbourhoodId null) for the whole municipality, over initiatives
 * published in the period.
 */
@Injectable()
export class StatsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async responseFigures(municipalityId: string, from: Date, to: Date, today: string): Promise<ResponseFigures[]> {
    const rows = await this.db.query<Array<Record<string, string | number | boolean | null>>>(
      `WITH base AS (
         SELECT i.neighbourhood_id,
                extract(epoch FROM i.first_response_at - i.published_at) / 86400 AS first_days,
                extract(epoch FROM i.decided_at - i.threshold_reached_at) / 86400 AS decision_days,
                (i.first_response_at IS NOT NULL AND (i.first_response_at AT TIME ZONE 'Europe/Amsterdam')::date <= i.first_response_due_on) AS first_on_time,
                (i.decided_at IS NOT NULL AND (i.decided_at AT TIME ZONE 'Europe/Amsterdam')::date <= i.decision_due_on) AS decision_on_time,
                i.first_response_at IS NULL AS awaiting,
                ((i.first_response_at IS NULL AND i.first_response_due_on < $4::date)
                  OR (i.status = 'under_review' AND i.decided_at IS NULL AND i.decision_due_on < $4::date)) AS overdue,
                i.first_response_due_on IS NOT NULL AS has_first_due,
                i.decision_due_on IS NOT NULL AND i.decided_at IS NOT NULL AS has_decision
           FROM initiative i
          WHERE i.municipality_id = $1 AND i.published_at >= $2 AND i.published_at < $3 AND i.hidden_at IS NULL
       )
       SELECT neighbourhood_id, GROUPING(neighbourhood_id) = 1 AS is_total,
              count(*)::int AS published,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY first_days) AS median_first,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY first_days) AS p90_first,
              avg(CASE WHEN first_on_time THEN 1 ELSE 0 END) FILTER (WHERE has_first_due AND (NOT awaiting OR overdue)) AS first_on_time,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY decision_days) AS median_decision,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY decision_days) AS p90_decision,
              avg(CASE WHEN decision_on_time THEN 1 ELSE 0 END) FILTER (WHERE has_decision) AS decision_on_time,
              count(*) FILTER (WHERE awaiting)::int AS awaiting,
              count(*) FILTER (WHERE overdue)::int AS overdue
         FROM base
        GROUP BY GROUPING SETS ((), (neighbourhood_id))
        ORDER BY is_total DESC, neighbourhood_id NULLS LAST`,
      [municipalityId, from, to, today],
    );
    const num = (v: string | number | boolean | null): number | null => (v === null ? null : Math.round(Number(v) * 100) / 100);
    return rows.map((r) => ({
      total: r.is_total === true,
      neighbourhoodId: (r.neighbourhood_id as string | null) ?? null,
      published: r.published as number,
      medianDaysToFirstResponse: num(r.median_first),
      p90DaysToFirstResponse: num(r.p90_first),
      firstResponsesOnTimeShare: num(r.first_on_time),
      medianDaysToDecision: num(r.median_decision),
      p90DaysToDecision: num(r.p90_decision),
      decisionsOnTimeShare: num(r.decision_on_time),
      openAwaitingResponse: r.awaiting as number,
      overdue: r.overdue as number,
    }));
  }

  /** Volunteer hours delivered, materials delivered, money pledged (confirmed or delivered) and matched, per neighbourhood and theme. */
  async impactFigures(municipalityId: string, from: Date, to: Date): Promise<ImpactFigures[]> {
    const rows = await this.db.query<Array<Record<string, string | number | null>>>(
      `WITH p AS (
         SELECT i.neighbourhood_id, i.theme_id, n.kind, pl.status, pl.amount, pl.delivered_hours,
                (SELECT l.amount_cents FROM matching_ledger l WHERE l.pledge_id = pl.id) AS matched
           FROM pledge pl JOIN need n ON n.id = pl.need_id JOIN initiative i ON i.id = n.initiative_id
          WHERE pl.municipality_id = $1 AND pl.created_at >= $2 AND pl.created_at < $3
       )
       SELECT CASE WHEN GROUPING(neighbourhood_id) = 0 THEN 'neighbourhood' ELSE 'theme' END AS group_by,
              coalesce(neighbourhood_id, theme_id) AS group_id,
              coalesce(sum(delivered_hours) FILTER (WHERE status = 'fulfilled'), 0)::float8 AS hours,
              coalesce(sum(amount) FILTER (WHERE kind = 'material' AND status = 'fulfilled'), 0)::int AS materials,
              coalesce(sum(amount) FILTER (WHERE kind = 'money' AND status IN ('confirmed', 'fulfilled')), 0)::bigint AS money,
              coalesce(sum(matched), 0)::bigint AS matched
         FROM p GROUP BY GROUPING SETS ((neighbourhood_id), (theme_id))
        ORDER BY group_by, group_id NULLS LAST`,
      [municipalityId, from, to],
    );
    return rows.map((r) => ({
      groupBy: r.group_by as 'neighbourhood' | 'theme',
      groupId: (r.group_id as string | null) ?? null,
      deliveredHours: Number(r.hours),
      materialsDelivered: Number(r.materials),
      pledgedMoneyCents: Number(r.money),
      matchedCents: Number(r.matched),
    }));
  }
}
