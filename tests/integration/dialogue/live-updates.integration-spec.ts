import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Client } from 'graphql-ws';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import { cookieHeader, liveClient, pause, subscribe } from './live-client.js';

type Change = { initiativeChanged: { initiativeId: string; reason: string; status: string; supportCount: number } };
const CHANGED = `subscription($id: ID!) { initiativeChanged(id: $id) { initiativeId reason status supportCount subjectId at } }`;
const SUPPORT = `mutation($id: ID!) { supportInitiative(id: $id) { supportCount } }`;
/** Time for the server to set up a subscription before the test makes the change. */
const SETTLE_MS = 300;

describe('live updates over WebSocket (graphql-ws, session cookie)', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;
  let staff: TestUser;
  const clients: Client[] = [];

  const open = (headers: Record<string, string> = {}): Client => {
    const client = liveClient(api.baseUrl, { 'x-municipality': town.slug, ...headers });
    clients.push(client);
    return client;
  };
  const cookieOf = async (user: TestUser): Promise<Record<string, string>> =>
    cookieHeader((await api.sessionFor(user, town.slug)).cookie('dialoog_session'));

  beforeAll(async () => {
    api = await startApi({ outboxPollMs: 50 });
    town = await api.factories.createMunicipality();
    author = await api.factories.createUser(town.id, { displayName: 'Ilse' });
    staff = await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' });
  });
  afterAll(async () => {
    for (const client of clients) {
      void client.dispose();
    }
    await api.close();
  });

  it('an anonymous subscriber sees the support count of a public initiative change, without reloading', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const live = subscribe<Change>(open(), CHANGED, { id: initiative.id });
    await pause(SETTLE_MS);
    const supporter = await api.sessionFor(await api.factories.createUser(town.id), town.slug);
    await supporter.data(SUPPORT, { id: initiative.id });
    const event = await live.waitFor((e) => e.initiativeChanged.reason === 'SUPPORT');
    expect(event.initiativeChanged).toMatchObject({ initiativeId: initiative.id, supportCount: 1, status: 'PUBLISHED' });

    await supporter.data(`mutation($id: ID!, $body: String!) { addComment(initiativeId: $id, input: { body: $body }) { id } }`, {
      id: initiative.id,
      body: 'Top!',
    });
    await live.waitFor((e) => e.initiativeChanged.reason === 'COMMENT');
    expect(live.errors).toEqual([]);
  });

  it('a comment edited, hidden by moderation and removed reaches other viewers only once each change has committed', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const neighbour = await api.sessionFor(await api.factories.createUser(town.id), town.slug);
    type Subject = { initiativeChanged: { reason: string; subjectId: string | null } };
    const live = subscribe<Subject>(open(), CHANGED, { id: initiative.id });
    await pause(SETTLE_MS);
    const { addComment } = await neighbour.data<{ addComment: { id: string } }>(
      `mutation($id: ID!, $body: String!) { addComment(initiativeId: $id, input: { body: $body }) { id } }`,
      { id: initiative.id, body: 'Eerste versie' },
    );
    await live.waitFor((e) => e.initiativeChanged.reason === 'COMMENT');

    await neighbour.data(`mutation($id: ID!) { editComment(id: $id, input: { body: "Tweede versie" }) { id } }`, { id: addComment.id });
    expect((await live.waitFor((e) => e.initiativeChanged.reason === 'COMMENT_EDITED')).initiativeChanged.subjectId).toBe(addComment.id);

    // A refused edit (someone else's comment) changes nothing and publishes nothing.
    const stranger = await api.sessionFor(await api.factories.createUser(town.id), town.slug);
    const refused = await stranger.request(`mutation($id: ID!) { editComment(id: $id, input: { body: "Niet van mij" }) { id } }`, {
      id: addComment.id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const asStaff = await api.sessionFor(staff, town.slug);
    const report = await stranger.data<{ report: { id: string } }>(`mutation($input: ReportInput!) { report(input: $input) { id } }`, {
      input: { targetType: 'COMMENT', targetId: addComment.id, reason: 'ABUSE' },
    });
    await asStaff.data(`mutation($id: ID!) { resolveReport(id: $id, decision: UPHOLD, reason: "Kwetsend.") { status } }`, {
      id: report.report.id,
    });
    expect((await live.waitFor((e) => e.initiativeChanged.reason === 'COMMENT_HIDDEN')).initiativeChanged.subjectId).toBe(addComment.id);

    await neighbour.data(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: addComment.id });
    expect((await live.waitFor((e) => e.initiativeChanged.reason === 'COMMENT_REMOVED')).initiativeChanged.subjectId).toBe(addComment.id);
    await pause(SETTLE_MS);
    expect(live.events.map((e) => e.initiativeChanged.reason)).toEqual(['COMMENT', 'COMMENT_EDITED', 'COMMENT_HIDDEN', 'COMMENT_REMOVED']);
    expect(live.errors).toEqual([]);
  });

  it('a private draft: another person cannot subscribe, and its changes reach only who may see it', async () => {
    const draft = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' });
    const anonymous = subscribe<Change>(open(), CHANGED, { id: draft.id });
    const stranger = subscribe<Change>(open(await cookieOf(await api.factories.createUser(town.id))), CHANGED, { id: draft.id });
    const own = subscribe<Change>(open(await cookieOf(author)), CHANGED, { id: draft.id });
    await pause(SETTLE_MS);
    await (await api.sessionFor(author, town.slug)).data(`mutation($id: ID!) { submitInitiative(id: $id) { status } }`, { id: draft.id });
    const mine = await own.waitFor((e) => e.initiativeChanged.reason === 'STATUS');
    expect(mine.initiativeChanged.status).toBe('SUBMITTED');
    expect(anonymous.events).toEqual([]);
    expect(stranger.events).toEqual([]);
    expect(JSON.stringify(anonymous.errors)).toContain('NOT_FOUND');
    expect(JSON.stringify(stranger.errors)).toContain('NOT_FOUND');
  });

  it('an initiative hidden while watched: the public stops getting its changes, its author still does', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const anonymous = subscribe<Change>(open(), CHANGED, { id: initiative.id });
    const own = subscribe<Change>(open(await cookieOf(author)), CHANGED, { id: initiative.id });
    await pause(SETTLE_MS);
    const asStaff = await api.sessionFor(staff, town.slug);
    await asStaff.data(`mutation($id: ID!, $reason: String!) { hideInitiative(id: $id, reason: $reason) { hidden } }`, {
      id: initiative.id,
      reason: 'Even nakijken',
    });
    await asStaff.data(`mutation($id: ID!) { changeInitiativeStatus(id: $id, status: UNDER_REVIEW) { status } }`, { id: initiative.id });
    await own.waitFor((e) => e.initiativeChanged.status === 'UNDER_REVIEW');
    await pause(200);
    expect(anonymous.events).toEqual([]);
  });

  it('notificationAdded reaches the signed-in person (by session cookie) and nobody else', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published', title: 'Bloembakken' });
    const ADDED = `subscription { notificationAdded { kind message initiative { id } } }`;
    type Added = { notificationAdded: { kind: string; message: string; initiative: { id: string } } };
    const mine = subscribe<Added>(open(await cookieOf(author)), ADDED);
    const anonymous = subscribe<Added>(open(), ADDED);
    await pause(SETTLE_MS);
    const commenter = await api.factories.createUser(town.id, { displayName: 'Noah' });
    await (
      await api.sessionFor(commenter, town.slug)
    ).data(`mutation($id: ID!, $body: String!) { addComment(initiativeId: $id, input: { body: $body }) { id } }`, {
      id: initiative.id,
      body: 'Mooi plan',
    });
    const event = await mine.waitFor(() => true);
    expect(event.notificationAdded).toEqual({
      kind: 'COMMENT',
      message: 'Noah reageerde op ‘Bloembakken’.',
      initiative: { id: initiative.id },
    });
    expect(JSON.stringify(anonymous.errors)).toContain('UNAUTHENTICATED');
  });

  it('takes only subscriptions over WebSocket; refuses a cookie from a foreign origin', async () => {
    const query = subscribe<unknown>(open(), `{ municipality { id } }`);
    await pause(SETTLE_MS);
    expect(JSON.stringify(query.errors)).toContain('Only subscriptions over WebSocket');
    const foreign = subscribe<unknown>(
      open({ ...(await cookieOf(author)), origin: 'https://evil.example' }),
      `subscription { notificationAdded { id } }`,
    );
    await pause(SETTLE_MS);
    expect(JSON.stringify(foreign.errors)).toContain('UNAUTHENTICATED');
  });
});
