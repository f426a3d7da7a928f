import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality } from '../../support/factories.js';

const RULES = `{ matchingRules { moneyRatio hourlyRateCents capPerInitiativeCents } }`;

describe('admins read the matching rules they set', () => {
  let api: ApiHarness;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
  });
  afterAll(() => api.close());

  it('returns the rules in force after a change, per municipality; others may not read them', async () => {
    const admin = await api.signIn(
      await api.factories.createUser(town.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      town.slug,
    );
    await admin.data(
      `mutation { setMatchingRules(input: { moneyRatio: 0.5, hourlyRateCents: 1750, capPerInitiativeCents: 250000 }) { moneyRatio } }`,
    );
    const read = await admin.data<{ matchingRules: unknown }>(RULES);
    expect(read.matchingRules).toEqual({ moneyRatio: 0.5, hourlyRateCents: 1750, capPerInitiativeCents: 250000 });

    const other = await api.factories.createMunicipality();
    const otherAdmin = await api.signIn(
      await api.factories.createUser(other.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      other.slug,
    );
    const untouched = await otherAdmin.data<{ matchingRules: { hourlyRateCents: number } }>(RULES);
    expect(untouched.matchingRules.hourlyRateCents).not.toBe(1750);

    const facilitator = await api.signIn(
      await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      town.slug,
    );
    const refused = await facilitator.request(RULES);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
