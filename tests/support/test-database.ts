import { randomBytes } from 'node:crypto';
import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import { runMigrations } from '../../apps/api/src/database/run-migrations.js';

/** Set by the global setup: a server URL (any database) and the name of the migrated template. */
export const ADMIN_URL_ENV = 'DIALOOG_TEST_ADMIN_URL';
export const TEMPLATE_ENV = 'DIALOOG_TEST_TEMPLATE';

export function urlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one suite, copied from the migrated template (fast, isolated). */
export async function createSuiteDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const adminUrl = process.env[ADMIN_URL_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (!adminUrl || !template) {
    throw new Error('The integration global setup did not run (tests/support/global-setup.ts).');
  }
  const name = `${template}_s${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, async (c) => {
    // Suites start in parallel: the first one migrates the template, the others wait for it.
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      await migrateOnce(urlFor(adminUrl, template));
      await c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await c.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return {
    url: urlFor(adminUrl, name),
    name,
    drop: () => withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database (no migrations), for the migration up/down test. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env[ADMIN_URL_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (!adminUrl || !template) {
    throw new Error('The integration global setup did not run.');
  }
  const name = `${template}_e${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0`));
  return {
    url: urlFor(adminUrl, name),
    drop: () => withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs every migration on the template (a no-op when a previous suite already did). */
async function migrateOnce(templateUrl: string): Promise<void> {
  const db = new DataSource(dataSourceOptions(templateUrl, 2));
  await db.initialize();
  try {
    await runMigrations(db);
  } finally {
    await db.destroy();
  }
}
