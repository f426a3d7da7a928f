import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addWorkingDays, dutchDate } from '../../../libs/domain/src/index.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';

const REPORT = `mutation($input: ReportInput!) { report(input: $input) { id status dueOn targetType reason } }`;
const RESOLVE = `mutation($id: ID!, $decision: ReportDecision!, $reason: String) { resolveReport(id: $id, decision: $decision, reason: $reason) {
  status resolutionReason } }`;
const COMMENT = `mutation($id: ID!, $body: String!) { addComment(initiativeId: $id, input: { body: $body }) { id } }`;
const THREAD = `query($id: ID!) { initiative(id: $id) { comments { edges { node { id hidden body } } } } }`;

describe('reports (flags): one per person, automatic hiding, the facilitator decides', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;
  let residents: GraphqlClient[];
  let staff: GraphqlClient;
  let admin: GraphqlClient;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    author = await api.factories.createUser(town.id);
    residents = [];
    for (let i = 0; i < 4; i++) {
      residents.push(await api.sessionFor(await api.factories.createUser(town.id), town.slug));
    }
    staff = await api.sessionFor(
      await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      town.slug,
    );
    admin = await api.sessionFor(
      await api.factories.createUser(town.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      town.slug,
    );
  });
  afterAll(() => api.close());

  const report = (client: GraphqlClient, targetType: string, targetId: string, reason = 'ABUSE') =>
    client.request<{ report: { id: string; status: string; dueOn: string } }>(REPORT, {
      input: { targetType, targetId, reason, text: 'Dit klopt niet.' },
    });

  it('takes one report per person per item, due in two working days', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const first = await report(residents[0], 'INITIATIVE', initiative.id, 'SPAM');
    expect(first.data?.report).toMatchObject({ status: 'OPEN', dueOn: addWorkingDays(dutchDate(new Date()), 2) });
    const again = await report(residents[0], 'INITIATIVE', initiative.id, 'OTHER');
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM report WHERE target_id = $1`, [initiative.id]);
    expect(rows[0].n).toBe(1);
    expect(
      (await api.client(town.slug).request(REPORT, { input: { targetType: 'INITIATIVE', targetId: initiative.id, reason: 'SPAM' } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    const draft = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' });
    expect((await report(residents[0], 'INITIATIVE', draft.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('hides a comment reported by 3 different residents (staff reports do not count) until a facilitator decides; dismissing restores it', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const comment = (await residents[3].data<{ addComment: { id: string } }>(COMMENT, { id: initiative.id, body: 'Kwetsende tekst' }))
      .addComment;
    await report(residents[0], 'COMMENT', comment.id);
    await report(staff, 'COMMENT', comment.id);
    await report(residents[1], 'COMMENT', comment.id);
    const visible = await api
      .client(town.slug)
      .data<{ initiative: { comments: { edges: Array<{ node: { hidden: boolean; body: string | null } }> } } }>(THREAD, {
        id: initiative.id,
      });
    expect(visible.initiative.comments.edges[0].node).toMatchObject({ hidden: false, body: 'Kwetsende tekst' });
    const third = await report(residents[2], 'COMMENT', comment.id);
    const hidden = await api
      .client(town.slug)
      .data<{ initiative: { comments: { edges: Array<{ node: { hidden: boolean; body: string | null } }> } } }>(THREAD, {
        id: initiative.id,
      });
    expect(hidden.initiative.comments.edges[0].node).toEqual({ id: comment.id, hidden: true, body: null });
    const forStaff = await staff.data<{ initiative: { comments: { edges: Array<{ node: { body: string | null } }> } } }>(THREAD, {
      id: initiative.id,
    });
    expect(forStaff.initiative.comments.edges[0].node.body).toBe('Kwetsende tekst');

    expect((await residents[0].request(RESOLVE, { id: third.data!.report.id, decision: 'DISMISS' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const dismissed = await staff.data<{ resolveReport: { status: string } }>(RESOLVE, { id: third.data!.report.id, decision: 'DISMISS' });
    expect(dismissed.resolveReport.status).toBe('DISMISSED');
    const restored = await api
      .client(town.slug)
      .data<{ initiative: { comments: { edges: Array<{ node: { hidden: boolean } }> } } }>(THREAD, { id: initiative.id });
    expect(restored.initiative.comments.edges[0].node.hidden).toBe(false);
    const { rows } = await api.db.query(`SELECT status, count(*)::int AS n FROM report WHERE target_id = $1 GROUP BY status`, [comment.id]);
    expect(rows).toEqual([{ status: 'dismissed', n: 4 }]);
    expect(
      (await staff.request(RESOLVE, { id: third.data!.report.id, decision: 'UPHOLD', reason: 'Toch' })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
  });

  it('upholding hides with the facilitator’s reason; the threshold is a municipality setting; all in the audit log', async () => {
    const place = await api.factories.createMunicipality();
    await api.db.query(`UPDATE municipality SET report_hide_threshold = 2 WHERE id = $1`, [place.id]);
    const writer = await api.factories.createUser(place.id);
    const [a, b] = [await api.factories.createUser(place.id), await api.factories.createUser(place.id)];
    const facilitator = await api.factories.createUser(place.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' });
    const asStaff = await api.sessionFor(facilitator, place.slug);
    const initiative = await api.factories.createInitiative(place.id, { authorId: writer.id, status: 'published' });
    await report(await api.sessionFor(a, place.slug), 'INITIATIVE', initiative.id, 'PERSONAL_DATA');
    const second = await report(await api.sessionFor(b, place.slug), 'INITIATIVE', initiative.id, 'PERSONAL_DATA');
    expect(
      (await api.client(place.slug).request(`query($id: ID!) { initiative(id: $id) { id } }`, { id: initiative.id })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');

    const INBOX = `{ inbox(filter: { kinds: [REPORT] }) { totalCount edges { node { kind dueOn initiative { id } reports { reason reporter { displayName } } } } } }`;
    const inbox = await asStaff.data<{
      inbox: {
        totalCount: number;
        edges: Array<{ node: { kind: string; dueOn: string; initiative: { id: string }; reports: Array<{ reason: string }> } }>;
      };
    }>(INBOX);
    expect(inbox.inbox.totalCount).toBe(1);
    expect(inbox.inbox.edges[0].node).toMatchObject({
      kind: 'REPORT',
      dueOn: addWorkingDays(dutchDate(new Date()), 2),
      initiative: { id: initiative.id },
    });
    expect(inbox.inbox.edges[0].node.reports.map((r) => r.reason)).toEqual(['PERSONAL_DATA', 'PERSONAL_DATA']);

    const missingReason = await asStaff.request(RESOLVE, { id: second.data!.report.id, decision: 'UPHOLD' });
    expect(missingReason.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('reason');
    const upheld = await asStaff.data<{ resolveReport: { status: string; resolutionReason: string } }>(RESOLVE, {
      id: second.data!.report.id,
      decision: 'UPHOLD',
      reason: 'Bevat een telefoonnummer.',
    });
    expect(upheld.resolveReport).toEqual({ status: 'UPHELD', resolutionReason: 'Bevat een telefoonnummer.' });
    const { rows } = await api.db.query(`SELECT hidden_reason FROM initiative WHERE id = $1`, [initiative.id]);
    expect(rows[0].hidden_reason).toBe('Bevat een telefoonnummer.');
    expect((await asStaff.data<{ inbox: { totalCount: number } }>(INBOX)).inbox.totalCount).toBe(0);
    const { rows: audit } = await api.db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [initiative.id]);
    expect(audit.map((r) => r.action)).toEqual(['report.created', 'report.created', 'report.auto_hidden', 'report.upheld']);
  });

  it('lists reports of people for staff; one cannot report oneself', async () => {
    const target = await api.factories.createUser(town.id, { displayName: 'Trol' });
    const own = await residents[0].data<{ me: { id: string } }>(`{ me { id } }`);
    const created = await report(residents[1], 'USER', target.id, 'ABUSE');
    expect(created.errors).toBeUndefined();
    expect((await report(residents[0], 'USER', own.me.id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const list = await admin.data<{ reports: { edges: Array<{ node: { targetType: string; targetId: string; initiative: unknown } }> } }>(
      `{ reports(first: 50) { totalCount edges { node { targetType targetId initiative { id } } } } }`,
    );
    expect(
      list.reports.edges.some((e) => e.node.targetType === 'USER' && e.node.targetId === target.id && e.node.initiative === null),
    ).toBe(true);
    expect((await residents[0].request(`{ reports { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
