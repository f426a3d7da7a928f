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
}
