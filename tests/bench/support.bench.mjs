// Benchmark (not part of `npm test`): many residents support one initiative over HTTP at once.
// Prints supports per second and latency; checks the counter at the end.
//
//   npx tsc -p apps/api/tsconfig.app.json && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node tests/bench/support.bench.mjs
import { createHmac } from 'node:crypto';
import { percentiles, startBenchApi } from './lib/bench-api.mjs';

const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);

function sign(payload, secret) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ ...payload, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 3600 })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

const api = await startBenchApi();
const {
  rows: [town],
} = await api.db.query(`SELECT id FROM municipality WHERE slug = 'voorbeeld'`);
const {
  rows: [initiative],
} = await api.db.query(`SELECT id FROM initiative WHERE municipality_id = $1 AND status = 'published' ORDER BY created_at LIMIT 1`, [
  town.id,
]);
await api.db.query(`UPDATE initiative SET published_at = now() WHERE id = $1`, [initiative.id]);
console.log(`Creating ${RESIDENTS} residents with sessions…`);
const { rows: sessions } = await api.db
  .query(
    `WITH u AS (
     INSERT INTO app_user (municipality_id, email, display_name, password_hash, role, email_verified_at)
     SELECT $1, 'bench' || g || '@example.org', 'Bewoner ' || g, 'x', 'resident', now() FROM generate_series(1, $2) g RETURNING id
   )
   INSERT INTO user_session (municipality_id, user_id, expires_at) SELECT $1, id, now() + interval '1 hour' FROM u RETURNING id, user_id`,
    [town.id, RESIDENTS],
  )
  .catch(async () =>
    // Before e-mail verification existed the column is absent.
    api.db.query(
      `WITH u AS (
       INSERT INTO app_user (municipality_id, email, display_name, password_hash, role)
       SELECT $1, 'bench' || g || '@example.org', 'Bewoner ' || g, 'x', 'resident' FROM generate_series(1, $2) g RETURNING id
     )
     INSERT INTO user_session (municipality_id, user_id, expires_at) SELECT $1, id, now() + interval '1 hour' FROM u RETURNING id, user_id`,
      [town.id, RESIDENTS],
    ),
  );
const cookies = sessions.map((s) => `dialoog_session=${sign({ sid: s.id, mid: town.id, sub: s.user_id }, 'bench-secret')}`);

const latencies = [];
let next = 0;
let errors = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < cookies.length) {
      const cookie = cookies[next++];
      const t = performance.now();
      const res = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: 'mutation($id: ID!) { supportInitiative(id: $id) { supportCount } }',
          variables: { id: initiative.id },
        }),
      });
      const body = await res.json();
      if (body.errors) {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const {
  rows: [check],
} = await api.db.query(
  `SELECT support_count, (SELECT count(*)::int FROM support WHERE initiative_id = $1) AS rows FROM initiative WHERE id = $1`,
  [initiative.id],
);
const p = percentiles(latencies);
console.log(
  `supportInitiative: ${(latencies.length / seconds).toFixed(0)} supports/s with ${CONCURRENCY} concurrent clients on one initiative`,
);
console.log(
  `latency p50 ${p.p50} ms, p95 ${p.p95} ms, p99 ${p.p99} ms; errors ${errors}; counter ${check.support_count} = rows ${check.rows}`,
);
await api.stop();
