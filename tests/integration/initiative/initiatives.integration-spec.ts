import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';

const CREATE = `mutation($input: CreateInitiativeInput!) {
  createInitiative(input: $input) { id title status viewerCanEdit author { displayName } neighbourhood { id } theme { id } timeline { toStatus } }
}`;
type Page = {
  initiatives: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; title: string } }>;
  };
};
const PAGE = `query($first: Int, $after: String, $filter: InitiativeFilter) {
  initiatives(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } }
}`;

describe('initiatives: create, find, list', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;
  let authorClient: GraphqlClient;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    author = await api.factories.createUser(town.id);
    authorClient = await api.signIn(author, town.slug);
  });
  afterAll(() => api.close());

  it('a resident creates a draft that only they (and staff) can see', async () => {
    const { createInitiative } = await authorClient.data<{
      createInitiative: { id: string; status: string; viewerCanEdit: boolean; timeline: unknown[] };
    }>(CREATE, {
      input: {
        title: '  Bankjes bij de vijver  ',
        summary: 'Rustplekken',
        description: 'Voor ouderen',
        neighbourhoodId: town.neighbourhoodIds[0],
        themeId: town.themeIds[0],
      },
    });
    expect(createInitiative).toMatchObject({ status: 'DRAFT', viewerCanEdit: true, timeline: [{ toStatus: 'DRAFT' }] });
    const { rows } = await api.db.query(`SELECT title FROM initiative WHERE id = $1`, [createInitiative.id]);
    expect(rows[0].title).toBe('Bankjes bij de vijver');

    const anonymous = await api.client(town.slug).request(`query($id: ID!) { initiative(id: $id) { id } }`, { id: createInitiative.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const neighbour = await api.signIn(await api.factories.createUser(town.id), town.slug);
    const other = await neighbour.request(`query($id: ID!) { initiative(id: $id) { id } }`, { id: createInitiative.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const staff = await api.signIn(
      await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      town.slug,
    );
    expect(
      (await staff.data<{ initiative: { id: string } }>(`query($id: ID!) { initiative(id: $id) { id } }`, { id: createInitiative.id }))
        .initiative.id,
    ).toBe(createInitiative.id);
    const mine = await authorClient.data<Page>(PAGE, { filter: { mine: true } });
    expect(mine.initiatives.edges.map((e) => e.node.id)).toContain(createInitiative.id);
    const publicList = await api.client(town.slug).data<Page>(PAGE, { first: 100 });
    expect(publicList.initiatives.edges.map((e) => e.node.id)).not.toContain(createInitiative.id);
  });

  it('submitting moves a draft to submitted once; a second submit is a CONFLICT that says what is possible', async () => {
    const { createInitiative } = await authorClient.data<{ createInitiative: { id: string } }>(CREATE, {
      input: { title: 'Speeltuin opknappen', summary: '', description: '' },
    });
    const first = await authorClient.data<{ submitInitiative: { status: string } }>(
      `mutation($id: ID!) { submitInitiative(id: $id) { status } }`,
      { id: createInitiative.id },
    );
    expect(first.submitInitiative.status).toBe('SUBMITTED');
    const again = await authorClient.request(`mutation($id: ID!) { submitInitiative(id: $id) { status } }`, { id: createInitiative.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('Ingediend');
    expect(again.errors?.[0]?.message).toContain('Ingetrokken');
    const { rows } = await api.db.query(`SELECT to_status FROM initiative_event WHERE initiative_id = $1 ORDER BY id`, [
      createInitiative.id,
    ]);
    expect(rows.map((r) => r.to_status)).toEqual(['draft', 'submitted']);
  });

  it('only the author may submit', async () => {
    const { createInitiative } = await authorClient.data<{ createInitiative: { id: string } }>(CREATE, {
      input: { title: 'Van iemand anders', summary: '', description: '' },
    });
    const admin = await api.signIn(
      await api.factories.createUser(town.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      town.slug,
    );
    const result = await admin.request(`mutation($id: ID!) { submitInitiative(id: $id) { status } }`, { id: createInitiative.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['a title that is too short', { title: 'Kort' }, 'title', 'Gebruik minstens 5 tekens.'],
    ['a title that is too long', { title: 'x'.repeat(121) }, 'title', 'Gebruik hoogstens 120 tekens.'],
    ['a summary over 280 characters', { summary: 'y'.repeat(281) }, 'summary', 'Gebruik hoogstens 280 tekens.'],
    ['a description over 10,000 characters', { description: 'z'.repeat(10_001) }, 'description', 'Gebruik hoogstens 10000 tekens.'],
    [
      'a bidirectional override',
      { title: 'Normaal \u202Egnikreew' },
      'title',
      'Deze tekst bevat onzichtbare tekens die niet zijn toegestaan.',
    ],
    ['a control character', { summary: 'bel\u0007' }, 'summary', 'Deze tekst bevat onzichtbare tekens die niet zijn toegestaan.'],
    [
      'an unknown neighbourhood',
      { neighbourhoodId: '00000000-0000-4000-8000-000000000000' },
      'neighbourhoodId',
      'Kies een buurt uit de lijst.',
    ],
    ['a neighbourhood id that is not an id', { neighbourhoodId: 'centrum' }, 'neighbourhoodId', 'Kies een buurt uit de lijst.'],
  ])('refuses %s with a field error, and stores nothing', async (_label, override, field, message) => {
    const before = await api.db.query(`SELECT count(*)::int AS n FROM initiative`);
    const result = await authorClient.request(CREATE, { input: { title: 'Een goede titel', summary: '', description: '', ...override } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toContainEqual({ field, message });
    const after = await api.db.query(`SELECT count(*)::int AS n FROM initiative`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('wrong types and unknown ids get clear codes, never a 500 or internal detail', async () => {
    const wrongType = await authorClient.request(CREATE, { input: { title: 42, summary: '', description: '' } });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notAnId = await api.client(town.slug).request(`{ initiative(id: "1 OR 1=1") { id } }`);
    expect(notAnId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await api.client(town.slug).request(`{ initiative(id: "6f1c2a4e-1111-4222-8333-944445555666") { id } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymousCreate = await api
      .client(town.slug)
      .request(CREATE, { input: { title: 'Zonder account', summary: '', description: '' } });
    expect(anonymousCreate.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const result of [wrongType, notAnId, unknown, anonymousCreate]) {
      expect(result.status).toBeLessThan(500);
      expect(JSON.stringify(result.errors)).not.toMatch(/stack|SELECT|at .*\.ts|QueryFailedError/i);
    }
  });

  it('pages through a list with cursors: no gaps, no repeats, totalCount exact, first capped at 100', async () => {
    const other = await api.factories.createMunicipality();
    const writer = await api.factories.createUser(other.id);
    const sameMoment = new Date('2026-05-01T12:00:00.123456Z');
    const created = [];
    for (let i = 0; i < 25; i++) {
      created.push(
        await api.factories.createInitiative(other.id, {
          authorId: writer.id,
          title: `Plan nummer ${i}`,
          createdAt: i < 10 ? sameMoment : undefined,
        }),
      );
    }
    const client = api.client(other.slug);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = await client.data<Page>(PAGE, { first: 7, after });
      expect(page.initiatives.totalCount).toBe(25);
      seen.push(...page.initiatives.edges.map((e) => e.node.id));
      after = page.initiatives.pageInfo.hasNextPage ? page.initiatives.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(25);
    expect(seen.sort()).toEqual(created.map((c) => c.id).sort());

    const tooMany = await client.request(PAGE, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await client.request(PAGE, { first: 5, after: 'bm9uc2Vuc2U' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by status, neighbourhood and theme', async () => {
    const other = await api.factories.createMunicipality();
    const writer = await api.factories.createUser(other.id);
    const green = await api.factories.createInitiative(other.id, {
      authorId: writer.id,
      themeId: other.themeIds[0],
      neighbourhoodId: other.neighbourhoodIds[1],
    });
    await api.factories.createInitiative(other.id, { authorId: writer.id, themeId: other.themeIds[1], status: 'adopted' });
    const client = api.client(other.slug);
    const byTheme = await client.data<Page>(PAGE, { filter: { themeId: other.themeIds[0] } });
    expect(byTheme.initiatives.edges.map((e) => e.node.id)).toEqual([green.id]);
    const byPlace = await client.data<Page>(PAGE, { filter: { neighbourhoodId: other.neighbourhoodIds[1] } });
    expect(byPlace.initiatives.edges.map((e) => e.node.id)).toEqual([green.id]);
    const byStatus = await client.data<Page>(PAGE, { filter: { status: ['ADOPTED'] } });
    expect(byStatus.initiatives.totalCount).toBe(1);
    const privateStatus = await client.data<Page>(PAGE, { filter: { status: ['DRAFT'] } });
    expect(privateStatus.initiatives.totalCount).toBe(0);
  });
});
