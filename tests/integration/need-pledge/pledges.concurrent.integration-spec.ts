import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';

const ADD_NEED = `mutation($id: ID!, $input: NeedInput!) { addNeed(initiativeId: $id, input: $input) { id capacity pledged open } }`;
const PLEDGE = `mutation($id: ID!, $amount: Int!) { pledge(needId: $id, input: { amount: $amount }) { id status amount } }`;
const CANCEL = `mutation($id: ID!) { cancelPledge(id: $id) { status } }`;
const inDays = (days: number, hour: number): string => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString();

describe('needs and pledges: capacity, overlap, states and matching under concurrency', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let initiator: TestUser;
  let initiatorClient: GraphqlClient;
  let initiativeId: string;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    initiator = await api.factories.createUser(town.id);
    initiatorClient = await api.sessionFor(initiator, town.slug);
    initiativeId = (
      await api.factories.createInitiative(town.id, {
        authorId: initiator.id,
        status: 'published',
        neighbourhoodId: town.neighbourhoodIds[0],
      })
    ).id;
  });
  afterAll(() => api.close());

  async function addNeed(input: Record<string, unknown>): Promise<string> {
    const { addNeed } = await initiatorClient.data<{ addNeed: { id: string } }>(ADD_NEED, { id: initiativeId, input });
    return addNeed.id;
  }

  async function volunteers(n: number): Promise<GraphqlClient[]> {
    const clients: GraphqlClient[] = [];
    for (let i = 0; i < n; i++) {
      clients.push(await api.sessionFor(await api.factories.createUser(town.id), town.slug));
    }
    return clients;
  }

  it('a shift for 10 people and 200 simultaneous pledges: exactly 10 pledged, the rest CONFLICT with what is open', async () => {
    const needId = await addNeed({ kind: 'SHIFT', title: 'Opbouwen', capacity: 10, startsAt: inDays(3, 9), endsAt: inDays(3, 12) });
    const clients = await volunteers(200);
    const results = await Promise.all(clients.map((c) => c.request(PLEDGE, { id: needId, amount: 1 })));
    expect(results.filter((r) => !r.errors)).toHaveLength(10);
    const refused = results.filter((r) => r.errors);
    expect(refused.every((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toBe(true);
    expect(refused[0]?.errors?.[0]?.message).toBe('Dat past niet meer. Er is nog 0 open.');
    const { rows } = await api.db.query(
      `SELECT pledged, capacity, (SELECT count(*)::int FROM pledge WHERE need_id = $1 AND status IN ('pledged', 'confirmed')) AS active FROM need WHERE id = $1`,
      [needId],
    );
    expect(rows[0]).toEqual({ pledged: 10, capacity: 10, active: 10 });
  });

  it('cancel and re-pledge storms never exceed capacity; the counter always equals the active pledges', async () => {
    const needId = await addNeed({ kind: 'MATERIAL', title: 'Tegels', unit: 'tegels', capacity: 12 });
    const clients = await volunteers(20);
    await Promise.all(
      clients.map(async (client) => {
        for (let round = 0; round < 4; round++) {
          const pledged = await client.request<{ pledge: { id: string } }>(PLEDGE, { id: needId, amount: 2 });
          if (pledged.data && round % 2 === 0) {
            await client.request(CANCEL, { id: pledged.data.pledge.id });
          }
        }
      }),
    );
    const { rows } = await api.db.query(
      `SELECT pledged, capacity, (SELECT coalesce(sum(amount), 0)::int FROM pledge WHERE need_id = $1 AND status IN ('pledged', 'confirmed')) AS active FROM need WHERE id = $1`,
      [needId],
    );
    expect(rows[0].pledged).toBeLessThanOrEqual(rows[0].capacity);
    expect(rows[0].pledged).toBe(rows[0].active);
  });

  it('one person cannot hold overlapping shifts, not even with two requests at once', async () => {
    const morning = await addNeed({ kind: 'SHIFT', title: 'Ochtend', capacity: 5, startsAt: inDays(5, 9), endsAt: inDays(5, 12) });
    const overlap = await addNeed({ kind: 'SHIFT', title: 'Rond de middag', capacity: 5, startsAt: inDays(5, 11), endsAt: inDays(5, 14) });
    const afternoon = await addNeed({ kind: 'SHIFT', title: 'Middag', capacity: 5, startsAt: inDays(5, 12), endsAt: inDays(5, 15) });
    const [volunteer] = await volunteers(1);
    const both = await Promise.all([
      volunteer.request(PLEDGE, { id: morning, amount: 1 }),
      volunteer.request(PLEDGE, { id: overlap, amount: 1 }),
    ]);
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(both.find((r) => r.errors)?.errors?.[0]?.message).toBe('U helpt al bij een andere dienst op dat moment.');
    const kept = both.find((r) => !r.errors)!.data as { pledge: { id: string } };
    await volunteer.data(CANCEL, { id: kept.pledge.id });
    await volunteer.data(PLEDGE, { id: morning, amount: 1 });
    // 12:00 end and 12:00 start touch but do not overlap.
    expect((await volunteer.request(PLEDGE, { id: afternoon, amount: 1 })).errors).toBeUndefined();
    expect((await volunteer.request(PLEDGE, { id: overlap, amount: 1 })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('confirm → fulfil with hours books matching; money is matched on confirmation; never above the budget, even concurrently', async () => {
    const admin = await api.sessionFor(
      await api.factories.createUser(town.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      town.slug,
    );
    await admin.data(`mutation($input: MatchingBudgetInput!) { setMatchingBudget(input: $input) { leftCents } }`, {
      input: { neighbourhoodId: town.neighbourhoodIds[0], year: new Date().getUTCFullYear(), budgetCents: 10_000 },
    });
    const rules = await admin.data<{ setMatchingRules: { hourlyRateCents: number } }>(
      `mutation { setMatchingRules(input: { moneyRatio: 1, hourlyRateCents: 1500, capPerInitiativeCents: 100000 }) { hourlyRateCents } }`,
    );
    expect(rules.setMatchingRules.hourlyRateCents).toBe(1500);
    const task = await addNeed({ kind: 'TASK', title: 'Schoffelen', capacity: 30, hoursEstimate: 2 });
    const clients = await volunteers(30);
    const pledges = await Promise.all(clients.map((c) => c.data<{ pledge: { id: string } }>(PLEDGE, { id: task, amount: 1 })));
    for (const p of pledges) {
      await initiatorClient.data(`mutation($id: ID!) { confirmPledge(id: $id) { status } }`, { id: p.pledge.id });
    }
    const fulfilled = await Promise.all(
      pledges.map((p) =>
        initiatorClient.request(`mutation($id: ID!) { recordPledgeFulfilled(id: $id, input: { hours: 1 }) { status deliveredHours } }`, {
          id: p.pledge.id,
        }),
      ),
    );
    expect(fulfilled.every((r) => !r.errors)).toBe(true);
    const money = await addNeed({ kind: 'MONEY', title: 'Plantenbakken', capacity: 50_000 });
    const donor = (await volunteers(1))[0];
    const gift = await donor.data<{ pledge: { id: string } }>(PLEDGE, { id: money, amount: 2_000 });
    await initiatorClient.data(`mutation($id: ID!) { confirmPledge(id: $id) { status } }`, { id: gift.pledge.id });

    const { rows } = await api.db.query(
      `SELECT b.budget_cents::int AS budget, b.used_cents::int AS used, (SELECT sum(amount_cents)::int FROM matching_ledger WHERE neighbourhood_id = b.neighbourhood_id) AS ledger
         FROM matching_budget b WHERE b.neighbourhood_id = $1`,
      [town.neighbourhoodIds[0]],
    );
    expect(rows[0].used).toBeLessThanOrEqual(rows[0].budget);
    expect(rows[0].used).toBe(rows[0].ledger);
    expect(rows[0].used).toBe(10_000); // 30 hours × €15 = €450 asked, capped by the €100 budget
    const impact = await api
      .client(town.slug)
      .data<{ initiative: { impact: { crowdMoneyCents: number; deliveredHours: number; matchedCents: number } } }>(
        `query($id: ID!) { initiative(id: $id) { impact { crowdMoneyCents deliveredHours matchedCents } } }`,
        { id: initiativeId },
      );
    expect(impact.initiative.impact).toEqual({ crowdMoneyCents: 2_000, deliveredHours: 30, matchedCents: 10_000 });
    await expect(api.db.query(`DELETE FROM matching_ledger`)).rejects.toThrow(/append-only/);
    const { stats } = await api.client(town.slug).data<{
      stats: {
        impact: Array<{ neighbourhood: { id: string } | null; deliveredHours: number; pledgedMoneyCents: number; matchedCents: number }>;
      };
    }>(`{ stats { impact { neighbourhood { id } deliveredHours pledgedMoneyCents matchedCents } } }`);
    expect(stats.impact.find((row) => row.neighbourhood?.id === town.neighbourhoodIds[0])).toEqual({
      neighbourhood: { id: town.neighbourhoodIds[0] },
      deliveredHours: 30,
      pledgedMoneyCents: 2_000,
      matchedCents: 10_000,
    });
  });

  it('a need cannot shrink below what is pledged; only the initiator confirms; the pledger cancels', async () => {
    const needId = await addNeed({ kind: 'MATERIAL', title: 'Zakken aarde', unit: 'zakken', capacity: 5 });
    const [a, b] = await volunteers(2);
    const p = await a.data<{ pledge: { id: string } }>(PLEDGE, { id: needId, amount: 3 });
    const shrink = await initiatorClient.request(
      `mutation($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { capacity } }`,
      {
        id: needId,
        input: { kind: 'MATERIAL', title: 'Zakken aarde', capacity: 2 },
      },
    );
    expect(shrink.errors?.[0]?.extensions?.fields?.[0]).toEqual({
      field: 'capacity',
      message: 'U kunt niet minder vragen dan er al is toegezegd (3).',
    });
    expect(
      (await b.request(`mutation($id: ID!) { confirmPledge(id: $id) { status } }`, { id: p.pledge.id })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await initiatorClient.request(CANCEL, { id: p.pledge.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await a.data<{ cancelPledge: { status: string } }>(CANCEL, { id: p.pledge.id })).cancelPledge.status).toBe('CANCELLED');
    const mine = await a.data<{ myPledges: Array<{ status: string; need: { title: string } }> }>(`{ myPledges { status need { title } } }`);
    expect(mine.myPledges).toEqual([{ status: 'CANCELLED', need: { title: 'Zakken aarde' } }]);
  });

  it('gives an .ics for a shift pledge and a rotatable personal feed', async () => {
    const needId = await addNeed({
      kind: 'SHIFT',
      title: 'Koffie schenken',
      capacity: 3,
      startsAt: inDays(9, 14),
      endsAt: inDays(9, 16),
      place: 'Buurthuis, Dorpsstraat 1',
    });
    const [volunteer] = await volunteers(1);
    const p = await volunteer.data<{ pledge: { id: string } }>(PLEDGE, { id: needId, amount: 1 });
    const ics = await fetch(`${api.baseUrl}/calendar/pledges/${p.pledge.id}.ics`, {
      headers: { cookie: `dialoog_session=${volunteer.cookie('dialoog_session')}`, 'x-municipality': town.slug },
    });
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const body = await ics.text();
    expect(body).toContain('BEGIN:VEVENT');
    expect(body).toContain('LOCATION:Buurthuis\\, Dorpsstraat 1');
    const stranger = await fetch(`${api.baseUrl}/calendar/pledges/${p.pledge.id}.ics`, { headers: { 'x-municipality': town.slug } });
    expect(stranger.status).toBe(404);
    const { rotateCalendarFeed: url } = await volunteer.data<{ rotateCalendarFeed: string }>(`mutation { rotateCalendarFeed }`);
    const feedPath = new URL(url).pathname;
    expect(await (await fetch(`${api.baseUrl}${feedPath}`)).text()).toContain('Koffie schenken');
    await volunteer.data(`mutation { rotateCalendarFeed }`);
    expect(await (await fetch(`${api.baseUrl}${feedPath}`)).text()).not.toContain('Koffie schenken');
  });

  it('partner organisations pledge like residents; facilitators acknowledge their offers', async () => {
    const needId = await addNeed({ kind: 'SPACE', title: 'Zaal voor de bijeenkomst', capacity: 1 });
    const [owner, outsider] = await volunteers(2);
    const org = await owner.data<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "Woonstichting Thuis", kind: HOUSING_CORPORATION, kvkNumber: "12345678" }) { id } }`,
    );
    const orgId = org.createOrganisation.id;
    const badKvk = await owner.request(
      `mutation { createOrganisation(input: { name: "Bakkerij", kind: BUSINESS, kvkNumber: "12AB" }) { id } }`,
    );
    expect(badKvk.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('kvkNumber');
    const PARTNER_PLEDGE = `mutation($id: ID!, $org: ID) { pledge(needId: $id, input: { amount: 1, organisationId: $org }) { id organisation { name } } }`;
    expect((await outsider.request(PARTNER_PLEDGE, { id: needId, org: orgId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const offer = await owner.data<{ pledge: { id: string; organisation: { name: string } } }>(PARTNER_PLEDGE, { id: needId, org: orgId });
    expect(offer.pledge.organisation.name).toBe('Woonstichting Thuis');
    const facilitator = await api.sessionFor(
      await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      town.slug,
    );
    const offers = await facilitator.data<{ partnerOffers: Array<{ id: string; organisation: { name: string } }> }>(
      `{ partnerOffers { id organisation { name } } }`,
    );
    expect(offers.partnerOffers).toEqual([{ id: offer.pledge.id, organisation: { name: 'Woonstichting Thuis' } }]);
    await facilitator.data(`mutation($id: ID!) { acknowledgePartnerOffer(pledgeId: $id) }`, { id: offer.pledge.id });
    expect((await facilitator.data<{ partnerOffers: unknown[] }>(`{ partnerOffers { id } }`)).partnerOffers).toEqual([]);
  });
});
