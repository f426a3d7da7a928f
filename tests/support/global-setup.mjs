// Once per Jest run: a Postgres server (DATABASE_URL's server, or an embedded one started for
// this run) and an empty template database. The first suite migrates the template (under an
// advisory lock, see test-database.ts); every suite then gets its own copy. The developer's
// own databases are never touched.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-db.mjs';

export default async function globalSetup() {
  if (globalThis.__dialoogRun) {
    return;
  }
  let adminUrl = process.env.DATABASE_URL;
  let stopServer;
  if (!adminUrl) {
    const dir = join(process.cwd(), 'tests', '.tmp', `pg-${process.pid}`);
    const server = await startEmbeddedPostgres(dir, { persistent: false, log: (m) => console.log(m) });
    adminUrl = server.url;
    stopServer = server.stop;
  }
  const template = `dialoog_test_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${template}" TEMPLATE template0 ENCODING 'UTF8'`);
  await client.end();
  process.env.DIALOOG_TEST_ADMIN_URL = adminUrl;
  process.env.DIALOOG_TEST_TEMPLATE = template;
  globalThis.__dialoogRun = { adminUrl, template, stopServer };
}
