// Shared set-up for the benchmarks: a fresh database on DATABASE_URL's server (or an embedded
// Postgres), the built API on a free port with the demo municipality, and clean-up.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../../scripts/lib/embedded-db.mjs';

export async function startBenchApi() {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(`tests/.tmp/bench-pg-${process.pid}`, { persistent: false });
  const serverUrl = process.env.DATABASE_URL ?? embedded.url;
  const dbName = `dialoog_bench_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const port = await freePort();
  // BENCH_NODE_ARGS: extra node flags for the API process, e.g. "--cpu-prof --cpu-prof-dir=tests/.tmp/prof".
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const api = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/src/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: String(port),
      SEED_DEMO: '1',
      DEMO_PASSWORD: 'bench-demo-password-long',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret',
      MAIL_DIR: `tests/.tmp/bench-mail-${process.pid}`,
      // All clients come from 127.0.0.1: the per-address request limit would turn the run into 429s.
      RATE_LIMIT_REQUESTS_PER_IP: process.env.RATE_LIMIT_REQUESTS_PER_IP ?? '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/health/ready`)).ok) {
        break;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  return {
    base,
    db,
    /**
     * CPU time used so far (ms, Linux only, else null): the API process, and the Postgres backends
     * serving the bench database (connections closed in between are not counted).
     */
    async cpu() {
      const { rows } = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName]);
      const backends = rows.map((r) => cpuOf(r.pid));
      return {
        api: cpuOf(api.pid),
        db: backends.some((ms) => ms === null) ? null : backends.reduce((a, b) => a + b, 0),
        dbByPid: new Map(rows.map((r, n) => [r.pid, backends[n]])),
      };
    },
    async stop() {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
      await db.end();
      await admin.query(`DROP DATABASE "${dbName}" WITH (FORCE)`);
      await admin.end();
      await embedded?.stop();
    },
  };
}

/** utime + stime of a process in ms from /proc (null where /proc is missing or unreadable). */
function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** CPU ms per request between two `cpu()` readings (backends opened in between count from zero). */
export function cpuPerRequest(before, after, requests) {
  const per = (ms) => (ms === null || requests === 0 ? 'n/a' : (ms / requests).toFixed(2));
  const api = after.api === null || before.api === null ? null : after.api - before.api;
  let db = null;
  if (after.db !== null) {
    db = 0;
    for (const [pid, ms] of after.dbByPid) {
      db += ms - (before.dbByPid.get(pid) ?? 0);
    }
  }
  return { api: per(api), db: per(db) };
}

export function percentiles(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.toFixed(1);
  return { p50: at(50), p95: at(95), p99: at(99) };
}
