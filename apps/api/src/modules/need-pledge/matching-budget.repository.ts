import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors/app-error.js';
import { returnedRows } from '../../database/returned-rows.js';
import type { ImpactType, MatchingBudgetType, MatchingRulesType } from './dto/matching.type.js';

@Injectable()
export class MatchingBudgetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Sets a budget in the caller's transaction; refuses one below what is already used. Returns the
   * budget before (null when there was none) and after.
   */
  async set(
    manager: EntityManager,
    municipalityId: string,
    neighbourhoodId: string,
    year: number,
    budgetCents: number,
  ): Promise<{ before: number | null; after: MatchingBudgetType }> {
    const [place] = await manager.query<Array<{ before: string | null }>>(
      `SELECT (SELECT budget_cents FROM matching_budget b WHERE b.neighbourhood_id = n.id AND b.year = $3 FOR UPDATE) AS before
       FROM neighbourhood n WHERE n.municipality_id = $1 AND n.id = $2`,
      [municipalityId, neighbourhoodId, year],
    );
    if (!place) {
      throw notFound();
    }
    try {
      const [row] = await manager.query<Array<{ used_cents: string }>>(
        `INSERT INTO matching_budget (municipality_id, neighbourhood_id, year, budget_cents) VALUES ($1, $2, $3, $4)
         ON CONFLICT (neighbourhood_id, year) DO UPDATE SET budget_cents = EXCLUDED.budget_cents RETURNING used_cents`,
        [municipalityId, neighbourhoodId, year, budgetCents],
      );
      const used = Number(row.used_cents);
      const before = place.before === null ? null : Number(place.before);
      return { before, after: { year, budgetCents, usedCents: used, leftCents: budgetCents - used } };
    } catch (error) {
      if ((error as { code?: string }).code === '23514') {
        throw badInput([{ field: 'budgetCents', key: 'field.budgetBelowUsed' }]);
      }
      throw error;
    }
  }

  async ofNeighbourhoods(ids: readonly string[], year: number): Promise<Map<string, MatchingBudgetType>> {
    const rows = await this.db.query<Array<{ neighbourhood_id: string; budget_cents: string; used_cents: string }>>(
      `SELECT neighbourhood_id, budget_cents, used_cents FROM matching_budget WHERE neighbourhood_id = ANY($1::uuid[]) AND year = $2`,
      [[...ids], year],
    );
    return new Map(
      rows.map((r) => [
        r.neighbourhood_id,
        {
          year,
          budgetCents: Number(r.budget_cents),
          usedCents: Number(r.used_cents),
          leftCents: Number(r.budget_cents) - Number(r.used_cents),
        },
      ]),
    );
  }

  /** Crowd money, delivered hours and matching per initiative, in one statement (DataLoader batch). */
  async impactOf(ids: readonly string[]): Promise<Map<string, ImpactType>> {
    const rows = await this.db.query<Array<{ initiative_id: string; money: string; hours: string; matched: string }>>(
      `SELECT i.id AS initiative_id,
              coalesce((SELECT sum(p.amount) FROM pledge p JOIN need n ON n.id = p.need_id
                         WHERE n.initiative_id = i.id AND n.kind = 'money' AND p.status IN ('confirmed', 'fulfilled')), 0) AS money,
              coalesce((SELECT sum(p.delivered_hours) FROM pledge p JOIN need n ON n.id = p.need_id
                         WHERE n.initiative_id = i.id AND p.status = 'fulfilled'), 0) AS hours,
              coalesce((SELECT sum(l.amount_cents) FROM matching_ledger l WHERE l.initiative_id = i.id), 0) AS matched
         FROM initiative i WHERE i.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return new Map(
      rows.map((r) => [
        r.initiative_id,
        { crowdMoneyCents: Number(r.money), deliveredHours: Number(r.hours), matchedCents: Number(r.matched) },
      ]),
    );
  }

  async rulesOf(municipalityId: string): Promise<MatchingRulesType> {
    const [row] = await this.db.query<Array<{ ratio: string; hourly: string; cap: string }>>(
      `SELECT matching_money_ratio AS ratio, matching_hourly_rate_cents AS hourly, matching_cap_cents AS cap FROM municipality WHERE id = $1`,
      [municipalityId],
    );
    if (!row) {
      throw notFound();
    }
    return { moneyRatio: Number(row.ratio), hourlyRateCents: Number(row.hourly), capPerInitiativeCents: Number(row.cap) };
  }

  /** Sets the rules in the caller's transaction; returns the rules that were in force before. */
  async setRules(manager: EntityManager, municipalityId: string, rules: MatchingRulesType): Promise<MatchingRulesType> {
    type Rules = { ratio: string; hourly: string; cap: string };
    const result = await manager.query<Rules[] | [Rules[], number]>(
      `UPDATE municipality m SET matching_money_ratio = $2, matching_hourly_rate_cents = $3, matching_cap_cents = $4
       FROM (SELECT id, matching_money_ratio AS ratio, matching_hourly_rate_cents AS hourly, matching_cap_cents AS cap
             FROM municipality WHERE id = $1 FOR UPDATE) old
       WHERE m.id = old.id RETURNING old.ratio, old.hourly, old.cap`,
      [municipalityId, rules.moneyRatio, rules.hourlyRateCents, rules.capPerInitiativeCents],
    );
    const [before] = returnedRows(result);
    if (!before) {
      throw notFound();
    }
    return { moneyRatio: Number(before.ratio), hourlyRateCents: Number(before.hourly), capPerInitiativeCents: Number(before.cap) };
  }
}
