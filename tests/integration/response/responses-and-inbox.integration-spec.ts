import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';
import { countStatements } from '../../support/statement-counter.js';

const RESPOND = `mutation($id: ID!, $input: RespondInput!) { respondToInitiative(initiativeId: $id, input: $input) {
  status firstResponseAt responses { kind decision body department author { displayName } } timeline { toStatus } } }`;
type InboxPage = {
  inbox: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        kind: string;
        dueOn: string | null;
        overdue: boolean;
        initiative: { id: string; title: string };
        assignee: { displayName: string } | null;
      };
    }>;
  };
};
const INBOX = `query($filter: InboxFilterInput, $first: Int, $after: String) { inbox(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { kind dueOn overdue initiative { id title } assignee { displayName } } } } }`;

describe('official responses, templates and the facilitator inbox', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;
  let facilitator: TestUser;
  let staff: GraphqlClient;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality({ name: 'Gemeente Proefstad' });
    author = await api.factories.createUser(town.id, { displayName: 'Fatima' });
    facilitator = await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' });
    await api.db.query(`UPDATE app_user SET department = 'Team Wijken' WHERE id = $1`, [facilitator.id]);
    staff = await api.sessionFor(facilitator, town.slug);
  });
  afterAll(() => api.close());

  it('a first response is public, signed with the department, and stops the first-response clock', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const result = await staff.data<{ respondToInitiative: { firstResponseAt: string; responses: Array<Record<string, unknown>> } }>(
      RESPOND,
      {
        id: initiative.id,
        input: { kind: 'ACKNOWLEDGEMENT', body: 'Dank u wel. We kijken ernaar.' },
      },
    );
    expect(result.respondToInitiative.firstResponseAt).not.toBeNull();
    const publicView = await api
      .client(town.slug)
      .data<{ initiative: { responses: Array<Record<string, unknown>>; firstResponseOverdue: boolean } }>(
        `query($id: ID!) { initiative(id: $id) { firstResponseOverdue responses { kind body department author { displayName } } } }`,
        { id: initiative.id },
      );
    expect(publicView.initiative.responses).toEqual([
      {
        kind: 'ACKNOWLEDGEMENT',
        body: 'Dank u wel. We kijken ernaar.',
        department: 'Team Wijken',
        author: { displayName: facilitator.displayName },
      },
    ]);
    expect(publicView.initiative.firstResponseOverdue).toBe(false);
  });

  it('a decision adopts or declines (with the reason on the timeline); it needs an outcome', async () => {
    const review = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'under_review' });
    const missing = await staff.request(RESPOND, { id: review.id, input: { kind: 'DECISION', body: 'Besluit' } });
    expect(missing.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('decision');
    const adopted = await staff.data<{ respondToInitiative: { status: string; responses: Array<{ decision: string }> } }>(RESPOND, {
      id: review.id,
      input: { kind: 'DECISION', decision: 'ADOPT', body: 'We doen het. De buurt krijgt € 2.500.' },
    });
    expect(adopted.respondToInitiative.status).toBe('ADOPTED');
    expect(adopted.respondToInitiative.responses[0]?.decision).toBe('ADOPT');
    const early = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const declined = await staff.data<{ respondToInitiative: { status: string; timeline: Array<{ toStatus: string }> } }>(RESPOND, {
      id: early.id,
      input: { kind: 'DECISION', decision: 'DECLINE', body: 'Dit past niet in het bestemmingsplan.' },
    });
    expect(declined.respondToInitiative.status).toBe('DECLINED');
    expect(declined.respondToInitiative.timeline.map((e) => e.toStatus).slice(-2)).toEqual(['UNDER_REVIEW', 'DECLINED']);
    const { rows } = await api.db.query(`SELECT decided_at IS NOT NULL AS decided FROM initiative WHERE id = $1`, [early.id]);
    expect(rows[0].decided).toBe(true);
  });

  it('refuses responses from residents, on drafts, and to another municipality', async () => {
    const published = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const resident = await api.sessionFor(author, town.slug);
    expect(
      (await resident.request(RESPOND, { id: published.id, input: { kind: 'QUESTION', body: 'Hallo?' } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const draft = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'submitted' });
    expect(
      (await staff.request(RESPOND, { id: draft.id, input: { kind: 'QUESTION', body: 'Hallo?' } })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    const elsewhere = await api.factories.createMunicipality();
    const stranger = await api.factories.createUser(elsewhere.id);
    const foreign = await api.factories.createInitiative(elsewhere.id, { authorId: stranger.id, status: 'published' });
    expect(
      (await staff.request(RESPOND, { id: foreign.id, input: { kind: 'QUESTION', body: 'Hallo?' } })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('templates fill in the title, the initiator and the municipality', async () => {
    const saved = await staff.data<{ saveResponseTemplate: { id: string } }>(
      `mutation($input: ResponseTemplateInput!) { saveResponseTemplate(input: $input) { id } }`,
      { input: { name: 'Ontvangst', kind: 'ACKNOWLEDGEMENT', body: 'Beste {naam}, we hebben “{titel}” ontvangen. Groet, {gemeente}' } },
    );
    const dup = await staff.request(`mutation($input: ResponseTemplateInput!) { saveResponseTemplate(input: $input) { id } }`, {
      input: { name: 'Ontvangst', kind: 'QUESTION', body: 'x' },
    });
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const initiative = await api.factories.createInitiative(town.id, {
      authorId: author.id,
      status: 'published',
      title: 'Moestuin aan de dijk',
    });
    const answered = await staff.data<{ respondWithTemplate: { responses: Array<{ body: string; kind: string }> } }>(
      `mutation($id: ID!, $input: UseTemplateInput!) { respondWithTemplate(initiativeId: $id, input: $input) { responses { kind body } } }`,
      { id: initiative.id, input: { templateId: saved.saveResponseTemplate.id } },
    );
    expect(answered.respondWithTemplate.responses).toEqual([
      { kind: 'ACKNOWLEDGEMENT', body: 'Beste Fatima, we hebben “Moestuin aan de dijk” ontvangen. Groet, Gemeente Proefstad' },
    ]);
  });

  it('the inbox lists what awaits a reaction, overdue first, filterable, assignable, answerable in bulk', async () => {
    const town2 = await api.factories.createMunicipality();
    const writer = await api.factories.createUser(town2.id);
    const lead = await api.factories.createUser(town2.id, {
      role: 'facilitator',
      password: 'facilitator-wachtwoord-lang',
      displayName: 'Sanne',
    });
    const client = await api.sessionFor(lead, town2.slug);
    const submitted = await api.factories.createInitiative(town2.id, { authorId: writer.id, status: 'submitted', title: 'Ter controle' });
    const waiting = await api.factories.createInitiative(town2.id, {
      authorId: writer.id,
      status: 'published',
      title: 'Wacht op antwoord',
    });
    const late = await api.factories.createInitiative(town2.id, { authorId: writer.id, status: 'under_review', title: 'Besluit te laat' });
    await api.factories.createInitiative(town2.id, { authorId: writer.id, status: 'adopted', title: 'Al besloten' });
    await api.db.query(`UPDATE initiative SET moderation_due_on = current_date + 3 WHERE id = $1`, [submitted.id]);
    await api.db.query(`UPDATE initiative SET first_response_due_on = current_date + 5 WHERE id = $1`, [waiting.id]);
    await api.db.query(`UPDATE initiative SET decision_due_on = current_date - 2, first_response_at = now() WHERE id = $1`, [late.id]);

    const all = await client.data<InboxPage>(INBOX);
    expect(all.inbox.edges.map((e) => [e.node.kind, e.node.initiative.title, e.node.overdue])).toEqual([
      ['DECISION', 'Besluit te laat', true],
      ['MODERATION', 'Ter controle', false],
      ['FIRST_RESPONSE', 'Wacht op antwoord', false],
    ]);
    const onlyOverdue = await client.data<InboxPage>(INBOX, { filter: { overdueOnly: true } });
    expect(onlyOverdue.inbox.totalCount).toBe(1);

    await client.data(`mutation($id: ID!, $to: ID) { assignInboxItem(initiativeId: $id, assigneeId: $to) }`, {
      id: waiting.id,
      to: lead.id,
    });
    const mine = await client.data<InboxPage>(INBOX, { filter: { assigneeId: lead.id } });
    expect(mine.inbox.edges.map((e) => [e.node.initiative.title, e.node.assignee?.displayName])).toEqual([['Wacht op antwoord', 'Sanne']]);
    const resident = await api.factories.createUser(town2.id);
    const toResident = await client.request(`mutation($id: ID!, $to: ID) { assignInboxItem(initiativeId: $id, assigneeId: $to) }`, {
      id: waiting.id,
      to: resident.id,
    });
    expect(toResident.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const template = await client.data<{ saveResponseTemplate: { id: string } }>(
      `mutation { saveResponseTemplate(input: { name: "Bedankt", kind: ACKNOWLEDGEMENT, body: "Dank voor {titel}." }) { id } }`,
    );
    const bulk = await client.data<{ respondToManyWithTemplate: { succeeded: string[]; failed: Array<{ initiativeId: string }> } }>(
      `mutation($ids: [ID!]!, $t: ID!) { respondToManyWithTemplate(initiativeIds: $ids, templateId: $t) { succeeded failed { initiativeId message } } }`,
      { ids: [waiting.id, submitted.id], t: template.saveResponseTemplate.id },
    );
    expect(bulk.respondToManyWithTemplate.succeeded).toEqual([waiting.id]);
    expect(bulk.respondToManyWithTemplate.failed.map((f) => f.initiativeId)).toEqual([submitted.id]);
    const after = await client.data<InboxPage>(INBOX, { filter: { kinds: ['FIRST_RESPONSE'] } });
    expect(after.inbox.totalCount).toBe(0);

    const residentClient = await api.sessionFor(resident, town2.slug);
    expect((await residentClient.request(INBOX)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('stays correct and cheap with thousands of items: constant statements, pages without gaps', async () => {
    const big = await api.factories.createMunicipality();
    const writer = await api.factories.createUser(big.id);
    const lead = await api.factories.createUser(big.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' });
    await api.db.query(
      `INSERT INTO initiative (municipality_id, author_id, title, status, published_at, first_response_due_on, decision_due_on, moderation_due_on)
       SELECT $1, $2, 'Plan ' || g, (ARRAY['submitted', 'published', 'under_review'])[1 + g % 3], now(),
              current_date + (g % 40 - 10), current_date + (g % 30 - 5), current_date + (g % 20 - 3)
         FROM generate_series(1, 3000) g`,
      [big.id, writer.id],
    );
    const client = await api.sessionFor(lead, big.slug);
    await client.data(`{ me { id } }`); // warm-up: the new municipality is read into the cache once
    const statements = countStatements(api.app);
    try {
      const started = performance.now();
      statements.reset();
      const five = await client.data<InboxPage>(INBOX, { first: 5 });
      const forFive = statements.count;
      statements.reset();
      const fifty = await client.data<InboxPage>(INBOX, { first: 50 });
      expect(statements.count).toBe(forFive);
      console.log(
        `inbox over 4000 items: first pages in ${(performance.now() - started).toFixed(0)} ms, ${forFive} SQL statements per page`,
      );
      expect(five.inbox.totalCount).toBe(4000); // 1000 submitted + 1000 published + 1000 under review (×2 items)
      const dues = fifty.inbox.edges.map((e) => e.node.dueOn ?? '9999-12-31');
      expect([...dues].sort()).toEqual(dues);
      let seen = 0;
      let cursor: string | null = null;
      const keys = new Set<string>();
      do {
        const page: InboxPage = await client.data<InboxPage>(INBOX, { first: 100, after: cursor });
        page.inbox.edges.forEach((e) => keys.add(`${e.node.kind}:${e.node.initiative.id}`));
        seen += page.inbox.edges.length;
        cursor = page.inbox.pageInfo.hasNextPage ? page.inbox.pageInfo.endCursor : null;
      } while (cursor);
      expect(seen).toBe(4000);
      expect(keys.size).toBe(4000);
    } finally {
      statements.restore();
    }
  });
});
