import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TRANSITIONS, type InitiativeStatus } from '../../../libs/domain/src/index.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';

const CHANGE = `mutation($id: ID!, $status: InitiativeStatus!, $reason: String) { changeInitiativeStatus(id: $id, status: $status, reason: $reason) { status } }`;
const MODERATE = `mutation($id: ID!, $decision: ModerationDecision!, $reason: String) { moderateInitiative(id: $id, decision: $decision, reason: $reason) { status } }`;
const DETAIL = `query($id: ID!) { initiative(id: $id) { status hidden hiddenReason descriptionHtml timeline { fromStatus toStatus reason actor { displayName } } } }`;

describe('initiative lifecycle and moderation', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;
  let authorClient: GraphqlClient;
  let facilitatorClient: GraphqlClient;
  let adminClient: GraphqlClient;
  let neighbourClient: GraphqlClient;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    author = await api.factories.createUser(town.id);
    authorClient = await api.signIn(author, town.slug);
    facilitatorClient = await api.signIn(
      await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      town.slug,
    );
    adminClient = await api.signIn(
      await api.factories.createUser(town.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      town.slug,
    );
    neighbourClient = await api.signIn(await api.factories.createUser(town.id), town.slug);
  });
  afterAll(() => api.close());

  const clientFor = (actor: string): GraphqlClient =>
    ({ author: authorClient, facilitator: facilitatorClient, admin: adminClient })[actor] as GraphqlClient;

  it.each(TRANSITIONS.flatMap((t) => t.by.filter((by) => by !== 'system').map((by) => [t.from, t.to, by] as const)))(
    'allows %s → %s by the %s',
    async (from, to, by) => {
      const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: from });
      const result = await clientFor(by).request<{ changeInitiativeStatus: { status: string } }>(CHANGE, {
        id: initiative.id,
        status: to.toUpperCase(),
        reason: 'Omdat het zo is afgesproken.',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.changeInitiativeStatus.status).toBe(to.toUpperCase());
      const { rows } = await api.db.query(
        `SELECT from_status, to_status, reason FROM initiative_event WHERE initiative_id = $1 ORDER BY id DESC LIMIT 1`,
        [initiative.id],
      );
      expect(rows[0]).toEqual({ from_status: from, to_status: to, reason: 'Omdat het zo is afgesproken.' });
      const audit = await api.db.query(`SELECT action, summary FROM audit_log WHERE target_id = $1`, [initiative.id]);
      expect(audit.rows).toEqual([{ action: 'initiative.status_changed', summary: { from, to, reason: 'Omdat het zo is afgesproken.' } }]);
    },
  );

  it.each([
    ['published', 'adopted', 'facilitator', 'CONFLICT'],
    ['draft', 'published', 'facilitator', 'CONFLICT'],
    ['completed', 'in_progress', 'admin', 'CONFLICT'],
    ['rejected', 'submitted', 'author', 'CONFLICT'],
    ['submitted', 'published', 'author', 'FORBIDDEN'],
    ['under_review', 'adopted', 'author', 'FORBIDDEN'],
    ['draft', 'submitted', 'facilitator', 'FORBIDDEN'],
    ['published', 'expired', 'admin', 'FORBIDDEN'],
  ])('refuses %s → %s by the %s with %s and changes nothing', async (from, to, by, code) => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: from as InitiativeStatus });
    const result = await clientFor(by).request(CHANGE, { id: initiative.id, status: to.toUpperCase(), reason: 'Zomaar' });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    const { rows } = await api.db.query(`SELECT status FROM initiative WHERE id = $1`, [initiative.id]);
    expect(rows[0].status).toBe(from);
  });

  it('refuses reject, request changes, decline and withdraw without a reason', async () => {
    const submitted = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'submitted' });
    for (const decision of ['REJECT', 'REQUEST_CHANGES']) {
      const result = await facilitatorClient.request(MODERATE, { id: submitted.id, decision, reason: '   ' });
      expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('reason');
    }
    const review = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'under_review' });
    const decline = await facilitatorClient.request(CHANGE, { id: review.id, status: 'DECLINED' });
    expect(decline.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const withdraw = await authorClient.request(`mutation($id: ID!) { withdrawInitiative(id: $id, reason: "") { status } }`, {
      id: review.id,
    });
    expect(withdraw.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('moderation end to end: draft → submit → changes requested → edit → resubmit → approve → public', async () => {
    const created = await authorClient.data<{ createInitiative: { id: string } }>(
      `mutation { createInitiative(input: { title: "Boomspiegels in de Eikstraat", summary: "Bloemen rond de bomen", description: "" }) { id } }`,
    );
    const id = created.createInitiative.id;
    await authorClient.data(`mutation($id: ID!) { submitInitiative(id: $id) { status } }`, { id });
    const queue = await facilitatorClient.data<{ initiatives: { edges: Array<{ node: { id: string } }> } }>(
      `{ initiatives(filter: { status: [SUBMITTED] }, first: 100) { edges { node { id } } } }`,
    );
    expect(queue.initiatives.edges.map((e) => e.node.id)).toContain(id);
    await facilitatorClient.data(MODERATE, { id, decision: 'REQUEST_CHANGES', reason: 'Welke bomen precies?' });
    const edited = await authorClient.request<{ updateInitiative: { status: string } }>(
      `mutation($id: ID!, $input: UpdateInitiativeInput!) { updateInitiative(id: $id, input: $input) { status } }`,
      {
        id,
        input: { title: 'Boomspiegels in de Eikstraat (nummers 1–20)', summary: 'Bloemen rond de bomen', description: 'De zes lindes.' },
      },
    );
    expect(edited.data?.updateInitiative.status).toBe('CHANGES_REQUESTED');
    const notYours = await neighbourClient.request(
      `mutation($id: ID!, $input: UpdateInitiativeInput!) { updateInitiative(id: $id, input: $input) { status } }`,
      {
        id,
        input: { title: 'Overgenomen titel', summary: '', description: '' },
      },
    );
    expect(notYours.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await authorClient.data(`mutation($id: ID!) { submitInitiative(id: $id) { status } }`, { id });
    await facilitatorClient.data(MODERATE, { id, decision: 'APPROVE' });
    const publicView = await api
      .client(town.slug)
      .data<{ initiative: { status: string; timeline: Array<{ toStatus: string; reason: string | null }> } }>(DETAIL, { id });
    expect(publicView.initiative.status).toBe('PUBLISHED');
    expect(publicView.initiative.timeline.map((e) => e.toStatus)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'CHANGES_REQUESTED',
      'SUBMITTED',
      'PUBLISHED',
    ]);
    expect(publicView.initiative.timeline[2]?.reason).toBe('Welke bomen precies?');
    const lateEdit = await authorClient.request(
      `mutation($id: ID!, $input: UpdateInitiativeInput!) { updateInitiative(id: $id, input: $input) { status } }`,
      {
        id,
        input: { title: 'Te laat veranderd', summary: '', description: '' },
      },
    );
    expect(lateEdit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('hiding keeps the initiative for staff and the author (with the reason) and removes it from every public path', async () => {
    const initiative = await api.factories.createInitiative(town.id, {
      authorId: author.id,
      status: 'published',
      title: 'Verborgen plan voor de speeltuin',
    });
    const neighbourBefore = await neighbourClient.data<{ initiatives: { totalCount: number } }>(
      `{ initiatives(search: "speeltuin") { totalCount } }`,
    );
    const hidden = await facilitatorClient.request<{ hideInitiative: { hidden: boolean } }>(
      `mutation($id: ID!) { hideInitiative(id: $id, reason: "Bevat persoonsgegevens") { hidden } }`,
      { id: initiative.id },
    );
    expect(hidden.data?.hideInitiative.hidden).toBe(true);
    for (const client of [api.client(town.slug), neighbourClient]) {
      const detail = await client.request(DETAIL, { id: initiative.id });
      expect(detail.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const list = await client.data<{ initiatives: { edges: Array<{ node: { id: string } }> } }>(
        `{ initiatives(first: 100) { edges { node { id } } } }`,
      );
      expect(list.initiatives.edges.map((e) => e.node.id)).not.toContain(initiative.id);
    }
    const neighbourAfter = await neighbourClient.data<{ initiatives: { totalCount: number } }>(
      `{ initiatives(search: "speeltuin") { totalCount } }`,
    );
    expect(neighbourAfter.initiatives.totalCount).toBe(neighbourBefore.initiatives.totalCount - 1);
    const authorView = await authorClient.data<{ initiative: { hidden: boolean; hiddenReason: string } }>(DETAIL, { id: initiative.id });
    expect(authorView.initiative).toMatchObject({ hidden: true, hiddenReason: 'Bevat persoonsgegevens' });
    const resident = await neighbourClient.request(`mutation($id: ID!) { unhideInitiative(id: $id) { hidden } }`, { id: initiative.id });
    expect(resident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await facilitatorClient.data(`mutation($id: ID!) { unhideInitiative(id: $id) { hidden } }`, { id: initiative.id });
    expect((await api.client(town.slug).data<{ initiative: { hidden: boolean } }>(DETAIL, { id: initiative.id })).initiative.hidden).toBe(
      false,
    );
    const audit = await api.db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [initiative.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['initiative.hidden', 'initiative.restored']);
  });

  it('the audit log is append-only and readable by admins only, filtered by target', async () => {
    await expect(api.db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'submitted' });
    await facilitatorClient.data(MODERATE, { id: initiative.id, decision: 'APPROVE' });
    const log = await adminClient.data<{
      auditLog: { totalCount: number; edges: Array<{ node: { action: string; actor: { displayName: string } } }> };
    }>(`query($id: ID!) { auditLog(filter: { targetId: $id }) { totalCount edges { node { action actor { displayName } } } } }`, {
      id: initiative.id,
    });
    expect(log.auditLog.totalCount).toBe(1);
    expect(log.auditLog.edges[0]?.node.action).toBe('initiative.status_changed');
    const refused = await facilitatorClient.request(`{ auditLog { totalCount } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a draft withdrawn before it was ever published stays private; a withdrawn published one stays public', async () => {
    const draft = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' });
    await authorClient.data(`mutation($id: ID!) { withdrawInitiative(id: $id, reason: "Toch niet") { status } }`, { id: draft.id });
    const anonymous = await api.client(town.slug).request(DETAIL, { id: draft.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await authorClient.data<{ initiative: { status: string } }>(DETAIL, { id: draft.id })).initiative.status).toBe('WITHDRAWN');
    const published = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    await authorClient.data(`mutation($id: ID!) { withdrawInitiative(id: $id, reason: "Het is al geregeld") { status } }`, {
      id: published.id,
    });
    expect((await api.client(town.slug).data<{ initiative: { status: string } }>(DETAIL, { id: published.id })).initiative.status).toBe(
      'WITHDRAWN',
    );
  });

  it('renders hostile Markdown harmlessly', async () => {
    const payload = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '[klik](javascript:alert(3))',
      '<a href="https://example.org" onclick="alert(4)">link</a>',
      '<iframe src="https://evil.example"></iframe>',
      '[goed](https://example.org/plan)',
      '**vet**',
    ].join('\n\n');
    const created = await authorClient.data<{ createInitiative: { id: string } }>(
      `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`,
      { input: { title: 'Opmaak proberen', summary: '', description: payload } },
    );
    const { initiative } = await authorClient.data<{ initiative: { descriptionHtml: string } }>(DETAIL, {
      id: created.createInitiative.id,
    });
    const html = initiative.descriptionHtml;
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<img/i);
    expect(html).toContain('<a href="https://example.org/plan" rel="nofollow ugc noopener">goed</a>');
    expect(html).toContain('<strong>vet</strong>');
    const { rows } = await api.db.query(`SELECT description FROM initiative WHERE id = $1`, [created.createInitiative.id]);
    expect(rows[0].description).toBe(payload);
  });
});
