import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';

type Page = {
  initiatives: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; title: string } }>;
  };
};
const SEARCH = `query($search: String, $orderBy: InitiativeOrder, $first: Int, $after: String, $filter: InitiativeFilter) {
  initiatives(search: $search, orderBy: $orderBy, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }`;

describe('finding initiatives: Dutch search, orders, bounding box', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    author = await api.factories.createUser(town.id);
  });
  afterAll(() => api.close());

  it('finds Dutch words by prefix and stem, ranks title matches first, ignores query syntax', async () => {
    const stalling = await api.factories.createInitiative(town.id, { authorId: author.id, title: 'Fietsenstalling bij het station' });
    const mention = await api.factories.createInitiative(town.id, { authorId: author.id, title: 'Groen plein' });
    await api.db.query(`UPDATE initiative SET description = 'Met ruimte om fietsen te parkeren' WHERE id = $1`, [mention.id]);
    await api.factories.createInitiative(town.id, { authorId: author.id, title: 'Bankjes in het park' });
    const client = api.client(town.slug);
    const fiets = await client.data<Page>(SEARCH, { search: 'fiets' });
    expect(fiets.initiatives.edges.map((e) => e.node.id)).toEqual([stalling.id, mention.id]);
    const plural = await client.data<Page>(SEARCH, { search: 'Fietsen' });
    expect(plural.initiatives.edges.map((e) => e.node.id)).toContain(mention.id);
    const hostile = await client.request<Page>(SEARCH, { search: "fiets') | !(:* & ' OR 1=1 --" });
    expect(hostile.errors).toBeUndefined();
    const nothing = await client.data<Page>(SEARCH, { search: 'zwembad' });
    expect(nothing.initiatives.totalCount).toBe(0);
  });

  it('orders by most supported and pages without gaps or repeats, also while new initiatives arrive', async () => {
    const other = await api.factories.createMunicipality();
    const writer = await api.factories.createUser(other.id);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const created = await api.factories.createInitiative(other.id, { authorId: writer.id, title: `Plan met steun ${i}` });
      await api.db.query(`UPDATE initiative SET support_count = $2 WHERE id = $1`, [created.id, i % 4]);
      ids.push(created.id);
    }
    const client = api.client(other.slug);
    const seen: Array<{ id: string }> = [];
    let after: string | null = null;
    let round = 0;
    do {
      const page: Page = await client.data<Page>(SEARCH, { orderBy: 'MOST_SUPPORTED', first: 5, after });
      seen.push(...page.initiatives.edges.map((e) => e.node));
      // Someone adds an initiative with no support between page loads.
      await api.factories.createInitiative(other.id, { authorId: writer.id, title: `Nieuw tussendoor ${round++}` });
      after = page.initiatives.pageInfo.hasNextPage ? page.initiatives.pageInfo.endCursor : null;
    } while (after);
    const seenIds = seen.map((s) => s.id);
    expect(new Set(seenIds).size).toBe(seenIds.length);
    expect(ids.every((id) => seenIds.includes(id))).toBe(true);
    const { rows } = await api.db.query(`SELECT id, support_count FROM initiative WHERE id = ANY($1::uuid[])`, [seenIds]);
    const supportOf = new Map(rows.map((r) => [r.id as string, r.support_count as number]));
    const supports = seenIds.map((id) => supportOf.get(id)!);
    expect([...supports].sort((a, b) => b - a)).toEqual(supports);
  });

  it('filters by bounding box and derives the neighbourhood from the pin', async () => {
    const other = await api.factories.createMunicipality();
    await api.db.query(`UPDATE neighbourhood SET boundary = $2 WHERE id = $1`, [
      other.neighbourhoodIds[1],
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [5.0, 52.0],
            [5.1, 52.0],
            [5.1, 52.1],
            [5.0, 52.1],
            [5.0, 52.0],
          ],
        ],
      }),
    ]);
    const writer = await api.factories.createUser(other.id);
    const client = await api.signIn(writer, other.slug);
    const created = await client.data<{
      createInitiative: { id: string; neighbourhood: { id: string } | null; location: { lat: number } };
    }>(
      `mutation { createInitiative(input: { title: "Pin in de wijk", summary: "", description: "", location: { lat: 52.05, lng: 5.05 } }) { id neighbourhood { id } location { lat } } }`,
    );
    expect(created.createInitiative.neighbourhood?.id).toBe(other.neighbourhoodIds[1]);
    expect(created.createInitiative.location.lat).toBe(52.05);
    await api.db.query(`UPDATE initiative SET status = 'published' WHERE id = $1`, [created.createInitiative.id]);
    const outside = await api.factories.createInitiative(other.id, { authorId: writer.id });
    await api.db.query(`UPDATE initiative SET lat = 51.5, lng = 4.5 WHERE id = $1`, [outside.id]);
    const inBox = await api.client(other.slug).data<Page>(SEARCH, { filter: { box: { south: 52.0, west: 5.0, north: 52.1, east: 5.1 } } });
    expect(inBox.initiatives.edges.map((e) => e.node.id)).toEqual([created.createInitiative.id]);
    const badBox = await api.client(other.slug).request(SEARCH, { filter: { box: { south: 100, west: 5, north: 52, east: 5.1 } } });
    expect(badBox.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
