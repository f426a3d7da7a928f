import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import v8 from 'node:v8';
import vm from 'node:vm';
import { startApi, type ApiHarness } from '../support/api-harness.js';

/** Heap in use after a full garbage collection (gc exposed at run time), so growth means retained memory. */
function retainedHeap(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const FIELDS = [
  'me',
  'municipality',
  'initiatives',
  'initiative',
  'inbox',
  'stats',
  'myPledges',
  'auditLog',
  '__schema',
  '__typename',
  'x',
];
const MUTATIONS = ['login', 'register', 'createInitiative', 'supportInitiative', 'pledge', 'logout', 'respondToInitiative', 'report'];
const PIECES = [
  '{',
  '}',
  '(',
  ')',
  ':',
  '$',
  '...',
  '@',
  '"',
  '\\',
  '#',
  '!',
  '[',
  ']',
  'query',
  'mutation',
  'fragment',
  'on',
  '\u0000',
  '\u202e',
  '🌳',
  '1e999',
  '-0',
  'null',
];
const VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  'x'.repeat(3000),
  '',
  '\u0000',
  '=cmd|calc',
  { nested: { deep: [1, 2, 3] } },
  [],
  true,
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
];

function document(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  switch (Math.floor(next() * 5)) {
    case 0:
      return Array.from({ length: 1 + Math.floor(next() * 30) }, () => pick(PIECES)).join(' ');
    case 1:
      return `{ ${pick(FIELDS)}(${pick(['id', 'first', 'after', 'filter', 'search'])}: ${JSON.stringify(pick(VALUES))}) { id } }`;
    case 2:
      return `mutation { ${pick(MUTATIONS)}(input: { email: ${JSON.stringify(pick(VALUES))}, password: "x" }) { id } }`;
    case 3:
      return `query Q($v: ${pick(['ID!', 'Int', 'String', '[ID!]!', 'InitiativeFilter'])}) { initiatives(first: 5, filter: { neighbourhoodId: $v }) { totalCount } }`;
    default:
      return `{ initiatives(first: ${Math.floor(next() * 300) - 100}) { edges { node { ${pick(['title', 'author { id }', 'nope', '...F'])} } } } }`;
  }
}

describe('fuzzing the GraphQL endpoint with malformed and random documents', () => {
  let api: ApiHarness;
  let slug: string;

  beforeAll(async () => {
    api = await startApi();
    slug = (await api.factories.createMunicipality()).slug;
  });
  afterAll(() => api.close());

  it('answers 2,000 hostile requests without a 500, a stack trace or a crash, and memory stays flat', async () => {
    const next = random(20261129);
    const send = async (): Promise<{ status: number; text: string }> => {
      const useVariables = next() < 0.5;
      const body =
        next() < 0.1
          ? document(next) // not even JSON
          : JSON.stringify({
              query: document(next),
              variables: useVariables ? { v: VALUES[Math.floor(next() * VALUES.length)] } : undefined,
            });
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-municipality': slug },
        body,
      });
      return { status: response.status, text: await response.text() };
    };
    const failures: string[] = [];
    const round = async (count: number): Promise<void> => {
      for (let i = 0; i < count; i += 20) {
        const results = await Promise.all(Array.from({ length: 20 }, () => send()));
        for (const r of results) {
          if (r.status >= 500 || /\bat \S+\.(ts|js):\d+|"stacktrace"|QueryFailedError/.test(r.text)) {
            failures.push(`${r.status} ${r.text.slice(0, 200)}`);
          }
        }
      }
    };
    await round(500);
    const before = retainedHeap();
    await round(1500);
    const growthMb = (retainedHeap() - before) / 1_048_576;
    console.log(`fuzz: 2000 requests, retained heap growth after warm-up ${growthMb.toFixed(1)} MB`);
    expect(failures).toEqual([]);
    expect(growthMb).toBeLessThan(32);
    expect((await fetch(`${api.baseUrl}/health/live`)).status).toBe(200);
  });
});
