import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import { countStatements, type StatementCounter } from '../../support/statement-counter.js';

const LIST = `query($first: Int) { initiatives(first: $first) { totalCount edges { node {
  id title author { displayName } neighbourhood { name } theme { name } timeline { toStatus actor { displayName } } images { url alt }
} } } }`;

describe('the initiative list costs a constant number of SQL statements (no N+1)', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let statements: StatementCounter;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    const authors: TestUser[] = [];
    for (let i = 0; i < 6; i++) {
      authors.push(await api.factories.createUser(town.id));
    }
    for (let i = 0; i < 40; i++) {
      await api.factories.createInitiative(town.id, {
        authorId: authors[i % authors.length].id,
        neighbourhoodId: town.neighbourhoodIds[i % 3],
        themeId: town.themeIds[i % 3],
      });
    }
    statements = countStatements(api.app);
  });
  afterAll(() => api.close());

  async function count(first: number): Promise<number> {
    const client = api.client(town.slug);
    statements.reset();
    const data = await client.data<{ initiatives: { edges: unknown[] } }>(LIST, { first });
    expect(data.initiatives.edges).toHaveLength(first);
    return statements.count;
  }

  it('is the same for 2, 10 and 40 initiatives with authors, places, themes, timelines and pictures', async () => {
    await count(1); // warm-up: the municipality list is read once and cached
    const small = await count(2);
    const medium = await count(10);
    const large = await count(40);
    expect(medium).toBe(small);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });
});
