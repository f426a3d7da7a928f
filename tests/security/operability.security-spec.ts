import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource, type QueryRunner } from 'typeorm';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import type { TestMunicipality } from '../support/factories.js';

const TOKEN = 'metrics-token-for-this-suite-0123456789';

describe('operability: request ids, metrics behind a token, graceful shutdown', () => {
  let api: ApiHarness;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await startApi({ metricsToken: TOKEN });
    town = await api.factories.createMunicipality();
  });
  afterAll(() => api.close());

  it('puts an X-Request-Id on every response, keeping a well-formed one from the caller', async () => {
    const graphql = await api.client(town.slug).request(`{ me { id } }`);
    expect(graphql.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const health = await fetch(`${api.baseUrl}/health/live`, { headers: { 'x-request-id': 'lb-abc.123' } });
    expect(health.headers.get('x-request-id')).toBe('lb-abc.123');
    const hostile = await fetch(`${api.baseUrl}/health/live`, { headers: { 'x-request-id': 'a b<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const missing = await fetch(`${api.baseUrl}/niet-bestaand`, { headers: { accept: 'application/json' } });
    expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves /metrics only with the bearer token; otherwise 404', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: TOKEN },
      { authorization: `Bearer ${TOKEN}x` },
    ];
    for (const headers of attempts) {
      expect((await fetch(`${api.baseUrl}/metrics`, { headers })).status).toBe(404);
    }
    const other = await startApi();
    try {
      expect((await fetch(`${other.baseUrl}/metrics`, { headers: { authorization: 'Bearer ' } })).status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('counts and times GraphQL operations by name, and reports the database pool', async () => {
    const client = api.client(town.slug);
    await client.request(`query MunicipalityName { municipality { name } }`);
    await client.request(`query MunicipalityName { municipality { name } }`);
    await client.request(`mutation FailingLogin { login(input: { email: "x@example.org", password: "y-y-y-y-y-y" }) { id } }`);
    await client.request(`query ${'N'.repeat(80)} { me { id } }`);
    const response = await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('dialoog_graphql_requests_total{operation="MunicipalityName",type="query",outcome="ok"} 2');
    expect(text).toContain('dialoog_graphql_requests_total{operation="FailingLogin",type="mutation",outcome="error"} 1');
    expect(text).toContain('dialoog_graphql_requests_total{operation="other",type="query",outcome="ok"} 1');
    expect(text).toMatch(/dialoog_graphql_request_duration_seconds_count\{operation="MunicipalityName",type="query"\} 2/);
    expect(text).toMatch(/dialoog_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/dialoog_db_pool_connections\{state="idle"\} \d+/);
    expect(text).toMatch(/dialoog_db_pool_connections\{state="waiting"\} 0/);
    expect(text).toMatch(/dialoog_db_pool_connections\{state="max"\} 10/);
    expect(text).toContain('dialoog_process_resident_memory_bytes');
  });

  it('reports the depth of the background work (outbox rows and e-mails waiting) on each scrape', async () => {
    const scrape = async (): Promise<string> =>
      (await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const depth = (text: string, queue: string): number =>
      Number(new RegExp(`^dialoog_job_queue_depth\\{queue="${queue}",state="pending"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
    const before = await scrape();
    expect(before).toContain('# TYPE dialoog_job_queue_depth gauge');
    const author = await api.factories.createUser(town.id);
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    await api.db.query(
      `INSERT INTO outbox (municipality_id, kind, initiative_id, actor_id, payload) SELECT $1, 'progress_update', $2, $3, '{}' FROM generate_series(1, 3)`,
      [town.id, initiative.id, author.id],
    );
    const after = await scrape();
    expect(depth(after, 'outbox')).toBe(depth(before, 'outbox') + 3);
    expect(depth(after, 'mail')).toBeGreaterThanOrEqual(0);
  });

  it('lets a request in flight finish when the app shuts down', async () => {
    const doomed = await startApi();
    const place = await doomed.factories.createMunicipality();
    const client = doomed.client(place.slug);
    await client.data(`{ municipality { id } }`);
    let slow = false;
    const db = doomed.app.get(DataSource);
    const create = db.createQueryRunner.bind(db);
    db.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
      const runner = create(...args);
      const query = runner.query.bind(runner);
      runner.query = (async (...a: Parameters<QueryRunner['query']>) => {
        if (slow) {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
        return query(...a);
      }) as QueryRunner['query'];
      return runner;
    };
    slow = true;
    const inFlight = client.request<{ initiatives: { totalCount: number } }>(`{ initiatives { totalCount } }`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const closing = doomed.close();
    const result = await inFlight;
    await closing;
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data?.initiatives.totalCount).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
