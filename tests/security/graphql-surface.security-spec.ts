import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import type { TestMunicipality } from '../support/factories.js';
import { countStatements, type StatementCounter } from '../support/statement-counter.js';
import { liveClient, subscribe } from '../integration/dialogue/live-client.js';

describe('GraphQL surface limits and HTTP hardening (over HTTP, against the running app)', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let statements: StatementCounter;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    statements = countStatements(api.app);
    await api.client(town.slug).request(`{ municipality { id } }`); // warm the municipality cache
  });
  afterAll(() => api.close());

  const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-municipality': town.slug, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('accepts the deepest real path (6 levels); deeper documents meet the depth rule (unit-tested in query-limits.spec.ts)', async () => {
    const six = `{ initiatives { edges { node { timeline { actor { id } } } } } }`;
    expect((await api.client(town.slug).request(six)).errors).toBeUndefined();
  });

  it('refuses more than 15 aliases', async () => {
    const many = Array.from({ length: 16 }, (_, i) => `a${i}: municipality { id }`).join(' ');
    statements.reset();
    const result = (await (await post({ query: `{ ${many} }` })).json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(statements.count).toBe(0);
  });

  it('applies the same limits to subscriptions over WebSocket, before any resolver runs', async () => {
    const many = Array.from({ length: 16 }, (_, i) => `a${i}: at`).join(' ');
    const client = liveClient(api.baseUrl, { 'x-municipality': town.slug });
    try {
      statements.reset();
      const live = subscribe<unknown>(client, `subscription($id: ID!) { initiativeChanged(id: $id) { ${many} } }`, {
        id: '00000000-0000-4000-8000-000000000000',
      });
      const deadline = Date.now() + 5_000;
      while (live.errors.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const codes = live.errors.flat().map((error) => (error as { extensions?: { code?: string } }).extensions?.code);
      expect(codes).toContain('BAD_USER_INPUT');
      expect(statements.count).toBe(0);
    } finally {
      await client.dispose();
    }
  });

  it('refuses an over-long document (token limit) and an over-large body', async () => {
    const fields = Array.from({ length: 1200 }, () => 'id').join(' ');
    const tokens = (await (await post({ query: `{ municipality { ${fields} } }` })).json()) as {
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(tokens.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await post({ query: '{ me { id } }', variables: { pad: 'x'.repeat(200_000) } });
    expect(huge.status).toBe(413);
  });

  it('refuses batched operations', async () => {
    const response = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('refuses mutations over GET and GET requests without a CSRF-safe header', async () => {
    const mutation = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { 'x-municipality': town.slug, 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
    const simple = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { 'x-municipality': town.slug },
    });
    expect(simple.status).toBe(400);
    const form = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-municipality': town.slug },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.status).toBeLessThan(500);
  });

  it('sends strict security headers', async () => {
    const response = await post({ query: '{ me { id } }' });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // GraphQL answers depend on the session: never stored by a browser or proxy (also when the answer is an error).
    expect(response.headers.get('cache-control')).toBe('no-store');
    const invalid = await post({ query: '{ nope }' });
    expect(invalid.headers.get('cache-control')).toBe('no-store');
  });

  it('never answers malformed requests with a 500 or a stack trace', async () => {
    const bodies = [
      '{',
      '{"query": 5}',
      '{"query": "{ initiative(id: 5) { id } }"}',
      '{"query": "{ initiatives(first: -1) { totalCount } }"}',
      'null',
      '[]',
    ];
    for (const body of bodies) {
      const response = await post(body);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).not.toMatch(/\bat \S+\.(ts|js):\d+|stack/i);
    }
  });
});
