// Drops every database this run made and stops the embedded server, if one was started.
import pg from 'pg';

export default async function globalTeardown() {
  const run = globalThis.__dialoogRun;
  if (!run) {
    return;
  }
  globalThis.__dialoogRun = undefined;
  const client = new pg.Client({ connectionString: run.adminUrl });
  await client.connect();
  const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${run.template}%`]);
  for (const { datname } of rows) {
    await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  await client.end();
  await run.stopServer?.();
}
