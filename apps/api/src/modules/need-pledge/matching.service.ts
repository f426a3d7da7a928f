import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { matchAmount, type MatchBasis } from '#domain';

/**
 * Books the municipality's matching for one pledge, inside the caller's transaction: the
 * neighbourhood's budget row is locked, so concurrent bookings queue and the budget is never
 * exceeded (a CHECK constraint backs this up). One ledger line per pledge at most.
 */
@Injectable()
export class MatchingService {
  async book(manager: EntityManager, pledgeId: string, basis: MatchBasis, now: Date = new Date()): Promise<number> {
    const [context] = await manager.query<
      Array<{ municipality_id: string; initiative_id: string; neighbourhood_id: string | null; ratio: string; rate: number; cap: number }>
    >(
      `SELECT i.municipality_id, i.id AS initiative_id, i.neighbourhood_id, m.matching_money_ratio AS ratio,
              m.matching_hourly_rate_cents AS rate, m.matching_cap_cents AS cap
         FROM pledge p JOIN need n ON n.id = p.need_id JOIN initiative i ON i.id = n.initiative_id
         JOIN municipality m ON m.id = i.municipality_id WHERE p.id = $1`,
      [pledgeId],
    );
    if (!context?.neighbourhood_id) {
      return 0;
    }
    const year = now.getUTCFullYear();
    const [budget] = await manager.query<Array<{ left: string }>>(
      `SELECT budget_cents - used_cents AS left FROM matching_budget WHERE neighbourhood_id = $1 AND year = $2 FOR UPDATE`,
      [context.neighbourhood_id, year],
    );
    if (!budget) {
      return 0;
    }
    const [already] = await manager.query<Array<{ total: string }>>(
      `SELECT coalesce(sum(amount_cents), 0) AS total FROM matching_ledger WHERE initiative_id = $1`,
      [context.initiative_id],
    );
    const amount = matchAmount(
      basis,
      { moneyRatio: Number(context.ratio), hourlyRateCents: context.rate, capPerInitiativeCents: context.cap },
      Number(already.total),
      Number(budget.left),
    );
    if (amount === 0) {
      return 0;
    }
    await manager.query(`UPDATE matching_budget SET used_cents = used_cents + $3 WHERE neighbourhood_id = $1 AND year = $2`, [
      context.neighbourhood_id,
      year,
      amount,
    ]);
    await manager.query(
      `INSERT INTO matching_ledger (municipality_id, initiative_id, pledge_id, neighbourhood_id, year, basis, amount_cents)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [context.municipality_id, context.initiative_id, pledgeId, context.neighbourhood_id, year, basis.kind, amount],
    );
    return amount;
  }
}
