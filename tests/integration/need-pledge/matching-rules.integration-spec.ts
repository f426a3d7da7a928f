import { describe, expect, it } from '@jest/globals';
import { withApiAndTown } from '../../support/api-suite.js';

const RULES = `{ matchingRules { moneyRatio hourlyRateCents capPerInitiativeCents } }`;

describe('admins read the matching rules they set', () => {
  const env = withApiAndTown();

  it('returns the rules in force after a change, per municipality; others may not read them', async () => {
    const admin = await env.api.signIn(
      await env.api.factories.createUser(env.town.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      env.town.slug,
    );
    await admin.data(
      `mutation { setMatchingRules(input: { moneyRatio: 0.5, hourlyRateCents: 1750, capPerInitiativeCents: 250000 }) { moneyRatio } }`,
    );
    const read = await admin.data<{ matchingRules: unknown }>(RULES);
    expect(read.matchingRules).toEqual({ moneyRatio: 0.5, hourlyRateCents: 1750, capPerInitiativeCents: 250000 });

    const other = await env.api.factories.createMunicipality();
    const otherAdmin = await env.api.signIn(
      await env.api.factories.createUser(other.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      other.slug,
    );
    const untouched = await otherAdmin.data<{ matchingRules: { hourlyRateCents: number } }>(RULES);
    expect(untouched.matchingRules.hourlyRateCents).not.toBe(1750);

    const facilitator = await env.api.signIn(
      await env.api.factories.createUser(env.town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      env.town.slug,
    );
    const refused = await facilitator.request(RULES);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('writes every change of the rules and of a budget to the audit log, with before and after', async () => {
    const admin = await env.api.signIn(
      await env.api.factories.createUser(env.town.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      env.town.slug,
    );
    await admin.data(
      `mutation { setMatchingRules(input: { moneyRatio: 1, hourlyRateCents: 2000, capPerInitiativeCents: 100000 }) { moneyRatio } }`,
    );
    await admin.data(
      `mutation { setMatchingRules(input: { moneyRatio: 2, hourlyRateCents: 2500, capPerInitiativeCents: 150000 }) { moneyRatio } }`,
    );
    const neighbourhoodId = env.town.neighbourhoodIds[0];
    const year = new Date().getFullYear();
    for (const budgetCents of [500000, 750000]) {
      await admin.data(`mutation($input: MatchingBudgetInput!) { setMatchingBudget(input: $input) { budgetCents } }`, {
        input: { neighbourhoodId, year, budgetCents },
      });
    }
    type Log = { auditLog: { edges: Array<{ node: { action: string; targetId: string; summary: Record<string, unknown> } }> } };
    const log = await admin.data<Log>(`{ auditLog(first: 50) { edges { node { action targetId summary } } } }`);
    const entries = log.auditLog.edges.map((e) => e.node);
    const rules = entries.filter((e) => e.action === 'matching.rules_changed');
    // Newest first; the suite's first test changed the rules too.
    expect(rules[0]?.summary).toEqual({
      before: { moneyRatio: 1, hourlyRateCents: 2000, capPerInitiativeCents: 100000 },
      after: { moneyRatio: 2, hourlyRateCents: 2500, capPerInitiativeCents: 150000 },
    });
    const budgets = entries.filter((e) => e.action === 'matching.budget_set');
    expect(budgets.map((e) => e.targetId)).toEqual([neighbourhoodId, neighbourhoodId]);
    expect(budgets.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        { year, before: { budgetCents: null }, after: { budgetCents: 500000 } },
        { year, before: { budgetCents: 500000 }, after: { budgetCents: 750000 } },
      ]),
    );
  });
});
