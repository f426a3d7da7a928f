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
});
