import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';

const SUPPORT = `mutation($id: ID!) { supportInitiative(id: $id) { supportCount status } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawSupport(id: $id) { supportCount } }`;

describe('support under concurrency (real Postgres, many clients at once)', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    await api.db.query(`UPDATE municipality SET support_threshold = 50 WHERE id = $1`, [town.id]);
    author = await api.factories.createUser(town.id);
  });
  afterAll(() => api.close());

  it('200 residents sending 3 supports each at once: exactly 200 supports, counter 200, threshold crossed once', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const residents: GraphqlClient[] = [];
    for (let i = 0; i < 200; i++) {
      residents.push(await api.sessionFor(await api.factories.createUser(town.id), town.slug));
    }
    const results = await Promise.all(residents.flatMap((client) => [1, 2, 3].map(() => client.request(SUPPORT, { id: initiative.id }))));
    const ok = results.filter((r) => !r.errors);
    const codes = results.filter((r) => r.errors).map((r) => r.errors?.[0]?.extensions?.code);
    expect(ok).toHaveLength(200);
    expect(new Set(codes)).toEqual(new Set(['CONFLICT']));
    expect(results.every((r) => r.status < 500)).toBe(true);

    const { rows } = await api.db.query(
      `SELECT i.support_count, i.status, i.threshold_reached_at IS NOT NULL AS reached, i.decision_due_on IS NOT NULL AS due,
              (SELECT count(*)::int FROM support s WHERE s.initiative_id = i.id) AS supports,
              (SELECT count(*)::int FROM initiative_event e WHERE e.initiative_id = i.id AND e.to_status = 'under_review') AS crossings,
              (SELECT count(*)::int FROM audit_log a WHERE a.target_id = i.id::text AND a.action = 'initiative.threshold_reached') AS audited
         FROM initiative i WHERE i.id = $1`,
      [initiative.id],
    );
    expect(rows[0]).toEqual({
      support_count: 200,
      status: 'under_review',
      reached: true,
      due: true,
      supports: 200,
      crossings: 1,
      audited: 1,
    });
  });

  it('100 interleaved support/withdraw calls by one resident keep the counter equal to the rows', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const resident = await api.sessionFor(await api.factories.createUser(town.id), town.slug);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => resident.request(i % 2 === 0 ? SUPPORT : WITHDRAW, { id: initiative.id })),
    );
    expect(results.every((r) => r.status < 500 && (!r.errors || r.errors[0]?.extensions?.code === 'CONFLICT'))).toBe(true);
    const { rows } = await api.db.query(
      `SELECT support_count, (SELECT count(*)::int FROM support WHERE initiative_id = $1) AS supports FROM initiative WHERE id = $1`,
      [initiative.id],
    );
    expect(rows[0].support_count).toBe(rows[0].supports);
    expect([0, 1]).toContain(rows[0].supports);
  });

  it('refuses supporting your own, a second time, a closed or private initiative, with clear errors', async () => {
    const open = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const own = await (await api.sessionFor(author, town.slug)).request(SUPPORT, { id: open.id });
    expect(own.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(own.errors?.[0]?.message).toBe('U kunt uw eigen initiatief niet steunen.');
    const resident = await api.sessionFor(await api.factories.createUser(town.id), town.slug);
    await resident.data(SUPPORT, { id: open.id });
    const twice = await resident.request(SUPPORT, { id: open.id });
    expect(twice.errors?.[0]?.message).toBe('U steunt dit initiatief al.');
    const decided = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'adopted' });
    expect((await resident.request(SUPPORT, { id: decided.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const draft = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' });
    expect((await resident.request(SUPPORT, { id: draft.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await api.client(town.slug).request(SUPPORT, { id: open.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unverified = await api.sessionFor(await api.factories.createUser(town.id, { verified: false }), town.slug);
    const refused = await unverified.request(SUPPORT, { id: open.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/Bevestig eerst uw e-mailadres/);
  });

  it('support keeps counting after the threshold and closes when the window ends; the expiry job expires once', async () => {
    const late = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    await api.db.query(`UPDATE initiative SET published_at = now() - interval '91 days' WHERE id = $1`, [late.id]);
    const resident = await api.sessionFor(await api.factories.createUser(town.id), town.slug);
    const closed = await resident.request(SUPPORT, { id: late.id });
    expect(closed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { SupportExpiryJob } = await import('../../../apps/api/src/modules/support/support-expiry.job.js');
    const job = api.app.get(SupportExpiryJob);
    const [first, second] = await Promise.all([job.run(), job.run()]);
    expect([...first, ...second].filter((id) => id === late.id)).toHaveLength(1);
    const { rows } = await api.db.query(`SELECT status FROM initiative WHERE id = $1`, [late.id]);
    expect(rows[0].status).toBe('expired');
    const detail = await api
      .client(town.slug)
      .data<{ initiative: { timeline: Array<{ toStatus: string; actor: unknown }> } }>(
        `query($id: ID!) { initiative(id: $id) { timeline { toStatus actor { id } } } }`,
        { id: late.id },
      );
    expect(detail.initiative.timeline.at(-1)).toEqual({ toStatus: 'EXPIRED', actor: null });
  });

  it('shows count, threshold, closing date, own support and public due dates', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'submitted' });
    const facilitator = await api.sessionFor(
      await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      town.slug,
    );
    await facilitator.data(`mutation($id: ID!) { moderateInitiative(id: $id, decision: APPROVE) { status } }`, { id: initiative.id });
    const resident = await api.sessionFor(await api.factories.createUser(town.id), town.slug);
    await resident.data(SUPPORT, { id: initiative.id });
    const view = await resident.data<{ initiative: Record<string, unknown> }>(
      `query($id: ID!) { initiative(id: $id) { supportCount supportThreshold supportOpen supportClosesAt viewerSupports firstResponseDueOn firstResponseOverdue decisionDueOn } }`,
      { id: initiative.id },
    );
    expect(view.initiative).toMatchObject({
      supportCount: 1,
      supportThreshold: 50,
      supportOpen: true,
      viewerSupports: true,
      firstResponseOverdue: false,
      decisionDueOn: null,
    });
    expect(view.initiative.firstResponseDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(view.initiative.supportClosesAt as string).getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000);
  });
});
