import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';

type Page = {
  initiatives: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; title: string } }>;
  };
};
const LIST = `query($orderBy: InitiativeOrder, $first: Int, $after: String) {
  initiatives(orderBy: $orderBy, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id title } } } }`;

/** Pages through an order to the end; `between` runs after every page (someone else acting meanwhile). */
async function pageThrough(
  api: ApiHarness,
  slug: string,
  orderBy: string,
  first: number,
  between: (round: number) => Promise<void>,
): Promise<string[]> {
  const client = api.client(slug);
  const seen: string[] = [];
  let after: string | null = null;
  let round = 0;
  do {
    const page: Page = await client.data<Page>(LIST, { orderBy, first, after });
    seen.push(...page.initiatives.edges.map((e) => e.node.id));
    await between(round++);
    after = page.initiatives.pageInfo.hasNextPage ? page.initiatives.pageInfo.endCursor : null;
  } while (after);
  return seen;
}

/** The same ids sorted by key descending, then id descending (uuid order as Postgres sorts it). */
function expectedOrder(keyOf: Map<string, number>): string[] {
  return [...keyOf.keys()].sort((a, b) => keyOf.get(b)! - keyOf.get(a)! || (a < b ? 1 : a > b ? -1 : 0));
}

describe('list orders TRENDING and DEADLINE_SOON', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  describe('TRENDING: supports of the last 7 days', () => {
    let town: TestMunicipality;
    let author: TestUser;
    let supporters: TestUser[];
    const recentOf = new Map<string, number>();

    beforeAll(async () => {
      town = await api.factories.createMunicipality();
      author = await api.factories.createUser(town.id);
      supporters = [];
      for (let i = 0; i < 8; i++) {
        supporters.push(await api.factories.createUser(town.id));
      }
      // Initiative n gets (n * 3) % 7 supports in the last week and n old ones (more than 7 days ago).
      for (let n = 0; n < 9; n++) {
        const created = await api.factories.createInitiative(town.id, { authorId: author.id, title: `Trend ${n}` });
        const recent = (n * 3) % 7;
        for (let s = 0; s < recent + n && s < supporters.length; s++) {
          const age = s < recent ? `${1 + s} hours` : `${8 + s} days`;
          await api.db.query(
            `INSERT INTO support (municipality_id, initiative_id, user_id, created_at) VALUES ($1, $2, $3, now() - $4::interval)`,
            [town.id, created.id, supporters[s].id, age],
          );
        }
        recentOf.set(created.id, Math.min(recent, supporters.length));
      }
      // A draft with recent supports is still nobody else's business.
      const draft = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' });
      await api.db.query(`INSERT INTO support (municipality_id, initiative_id, user_id) VALUES ($1, $2, $3)`, [
        town.id,
        draft.id,
        supporters[0].id,
      ]);
    });

    it('puts the most supports of the last week first, old supports do not count, ties by id', async () => {
      const page = await api.client(town.slug).data<Page>(LIST, { orderBy: 'TRENDING', first: 20 });
      expect(page.initiatives.edges.map((e) => e.node.id)).toEqual(expectedOrder(recentOf));
    });

    it('pages without gaps or repeats while new supports and initiatives arrive', async () => {
      const seen = await pageThrough(api, town.slug, 'TRENDING', 2, async (round) => {
        // The currently least trending initiative suddenly gets many supports: counted only from
        // the next listing on, so it does not jump back onto a page already shown.
        const last = expectedOrder(recentOf).at(-1)!;
        for (const supporter of supporters) {
          await api.db.query(`INSERT INTO support (municipality_id, initiative_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
            town.id,
            last,
            supporter.id,
          ]);
        }
        await api.factories.createInitiative(town.id, { authorId: author.id, title: `Nieuw tussendoor ${round}` });
      });
      expect(new Set(seen).size).toBe(seen.length);
      const original = seen.filter((id) => recentOf.has(id));
      expect(original).toEqual(expectedOrder(recentOf));
    });

    it('refuses a cursor of another order', async () => {
      const newest = await api.client(town.slug).data<Page>(LIST, { orderBy: 'NEWEST', first: 1 });
      const res = await api
        .client(town.slug)
        .request(LIST, { orderBy: 'TRENDING', first: 1, after: newest.initiatives.pageInfo.endCursor });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // Same number of keys, another type: refused as bad input, never a database cast error (500).
      for (const orderBy of ['MOST_SUPPORTED', 'TRENDING', 'DEADLINE_SOON']) {
        const other = await api.client(town.slug).request(LIST, {
          orderBy: 'NEWEST',
          first: 1,
          after: (await api.client(town.slug).data<Page>(LIST, { orderBy, first: 1 })).initiatives.pageInfo.endCursor,
        });
        expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('DEADLINE_SOON: the nearest deadline still ahead first', () => {
    let town: TestMunicipality;
    let author: TestUser;
    let windowDays: number;
    /** Hours until the deadline, or -Infinity for none ahead; sorted as "larger key first" = nearest first. */
    const keyOf = new Map<string, number>();

    async function published(title: string, daysAgo: number): Promise<void> {
      const created = await api.factories.createInitiative(town.id, { authorId: author.id, title });
      await api.db.query(`UPDATE initiative SET published_at = now() - $2 * interval '1 day' WHERE id = $1`, [created.id, daysAgo]);
      const hoursLeft = (windowDays - daysAgo) * 24;
      keyOf.set(created.id, hoursLeft > 0 ? -hoursLeft : -Infinity);
    }

    async function underReview(title: string, dueInDays: number): Promise<void> {
      const created = await api.factories.createInitiative(town.id, { authorId: author.id, title, status: 'under_review' });
      await api.db.query(`UPDATE initiative SET decision_due_on = (now() AT TIME ZONE 'Europe/Amsterdam')::date + $2::int WHERE id = $1`, [
        created.id,
        dueInDays,
      ]);
      const { rows } = await api.db.query<{ hours: string }>(
        `SELECT extract(epoch FROM (((now() AT TIME ZONE 'Europe/Amsterdam')::date + $1::int + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') - now()) / 3600 AS hours`,
        [dueInDays],
      );
      const hours = Number(rows[0].hours);
      keyOf.set(created.id, hours > 0 ? -hours : -Infinity);
    }

    beforeAll(async () => {
      town = await api.factories.createMunicipality();
      author = await api.factories.createUser(town.id);
      const { rows } = await api.db.query<{ support_window_days: number }>(`SELECT support_window_days FROM municipality WHERE id = $1`, [
        town.id,
      ]);
      windowDays = rows[0].support_window_days;
      await published('Net gepubliceerd', 0.5);
      await published('Bijna dicht', windowDays - 2.5);
      await published('Halverwege', Math.floor(windowDays / 2) + 0.25);
      await published('Venster voorbij, nog niet verlopen', windowDays + 1);
      await underReview('Besluit over 3 dagen', 3);
      await underReview('Besluit morgen', 1);
      await underReview('Besluit te laat', -2);
      for (const status of ['adopted', 'completed'] as const) {
        const created = await api.factories.createInitiative(town.id, { authorId: author.id, title: `Zonder termijn ${status}`, status });
        keyOf.set(created.id, -Infinity);
      }
      await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' }); // not visible to others
    });

    it('orders by deadline ahead, those without one last (by id)', async () => {
      const page = await api.client(town.slug).data<Page>(LIST, { orderBy: 'DEADLINE_SOON', first: 20 });
      const ids = page.initiatives.edges.map((e) => e.node.id);
      expect(ids).toEqual(expectedOrder(keyOf));
      expect(page.initiatives.edges[0].node.title).toBe('Besluit morgen');
    });

    it('pages without gaps or repeats while new initiatives and supports arrive', async () => {
      const supporter = await api.factories.createUser(town.id);
      const seen = await pageThrough(api, town.slug, 'DEADLINE_SOON', 2, async (round) => {
        const fresh = await api.factories.createInitiative(town.id, { authorId: author.id, title: `Nieuw tussendoor ${round}` });
        await api.db.query(`INSERT INTO support (municipality_id, initiative_id, user_id) VALUES ($1, $2, $3)`, [
          town.id,
          fresh.id,
          supporter.id,
        ]);
      });
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => keyOf.has(id))).toEqual(expectedOrder(keyOf));
    });
  });
});
