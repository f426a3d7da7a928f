import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import { countStatements } from '../../support/statement-counter.js';

type Counted = { initiatives: { totalCount: number; totalCountIsExact: boolean; edges: unknown[] } };
const COUNT = `query($filter: InitiativeFilter, $search: String) {
  initiatives(first: 1, filter: $filter, search: $search) { totalCount totalCountIsExact edges { node { id } } } }`;

describe('totalCount of the initiative list', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    author = await api.factories.createUser(town.id);
    other = await api.factories.createUser(town.id);
    for (const status of ['published', 'under_review', 'adopted', 'completed', 'expired'] as const) {
      await api.factories.createInitiative(town.id, { authorId: author.id, status });
    }
    for (const status of ['draft', 'submitted', 'changes_requested', 'rejected'] as const) {
      await api.factories.createInitiative(town.id, { authorId: author.id, status });
      await api.factories.createInitiative(town.id, { authorId: other.id, status });
    }
    const hidden = await api.factories.createInitiative(town.id, { authorId: other.id });
    await api.db.query(`UPDATE initiative SET hidden_at = now(), hidden_reason = 'test' WHERE id = $1`, [hidden.id]);
  });
  afterAll(() => api.close());

  it('counts exactly what each viewer may see: never the drafts of others', async () => {
    const visitor = await api.client(town.slug).data<Counted>(COUNT);
    expect(visitor.initiatives).toMatchObject({ totalCount: 5, totalCountIsExact: true });
    const asOther = await (await api.signIn(other, town.slug)).data<Counted>(COUNT);
    expect(asOther.initiatives).toMatchObject({ totalCount: 5 + 4 + 1, totalCountIsExact: true }); // own private ones and own hidden one
    const asAuthor = await (await api.signIn(author, town.slug)).data<Counted>(COUNT);
    expect(asAuthor.initiatives).toMatchObject({ totalCount: 5 + 4, totalCountIsExact: true });
    const staff = await api.factories.createUser(town.id, { role: 'facilitator' });
    const asStaff = await (await api.signIn(staff, town.slug)).data<Counted>(COUNT);
    expect(asStaff.initiatives).toMatchObject({ totalCount: 5 + 8 + 1, totalCountIsExact: true });
    const filtered = await api.client(town.slug).data<Counted>(COUNT, { filter: { status: ['PUBLISHED', 'DRAFT'] } });
    expect(filtered.initiatives.totalCount).toBe(1);
  });

  it('is exact up to 1000 and says "more than" beyond, never a wrong exact number', async () => {
    const big = await api.factories.createMunicipality();
    const writer = await api.factories.createUser(big.id);
    const insert = (n: number, status: string): Promise<unknown> =>
      api.db.query(
        `INSERT INTO initiative (municipality_id, author_id, title, summary, description, status, published_at, theme_id)
         SELECT $1, $2, 'Veel plannen ' || g, '', '', $4, CASE WHEN $4 = 'draft' THEN NULL ELSE now() END, $5
           FROM generate_series(1, $3::int) g`,
        [big.id, writer.id, n, status, big.themeIds[0]],
      );
    await insert(999, 'published');
    await insert(50, 'draft'); // not counted for visitors, even past the cap
    const client = api.client(big.slug);
    const filter = { themeId: big.themeIds[0] };
    expect((await client.data<Counted>(COUNT, { filter })).initiatives).toMatchObject({ totalCount: 999, totalCountIsExact: true });
    await insert(1, 'published');
    expect((await client.data<Counted>(COUNT, { filter })).initiatives).toMatchObject({ totalCount: 1000, totalCountIsExact: true });
    await insert(1, 'published');
    expect((await client.data<Counted>(COUNT, { filter })).initiatives).toMatchObject({ totalCount: 1000, totalCountIsExact: false });
    const search = await client.data<Counted>(COUNT, { search: 'plannen' });
    expect(search.initiatives).toMatchObject({ totalCount: 1000, totalCountIsExact: false });
    const none = await client.data<Counted>(COUNT, { search: 'zwembad' });
    expect(none.initiatives).toMatchObject({ totalCount: 0, totalCountIsExact: true });
  });

  it('is counted only when asked for, once for both count fields', async () => {
    const statements = countStatements(api.app);
    try {
      const client = api.client(town.slug);
      await client.data(`{ initiatives(first: 2) { edges { node { id } } } }`); // warm-up (municipality cache)
      statements.reset();
      await client.data(`{ initiatives(first: 2) { edges { node { id } } } }`);
      const without = statements.count;
      statements.reset();
      await client.data(`{ initiatives(first: 2) { totalCount totalCountIsExact edges { node { id } } } }`);
      expect(statements.count).toBe(without + 1);
    } finally {
      statements.restore();
    }
  });
});
