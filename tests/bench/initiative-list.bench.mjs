// Benchmark (not part of `npm test`): 100,000 initiatives in one municipality, then the list
// query (20 per page, with filters and orders) and Dutch search over HTTP with 16 concurrent
// clients. Prints requests per second and p50/p95/p99 latency. The machine's load matters: run it
// twice and on an otherwise idle machine before comparing figures.
//
//   npx tsc -p apps/api/tsconfig.app.json && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node tests/bench/initiative-list.bench.mjs
//
// DATABASE_URL names a server (any database); the benchmark makes and drops its own database.
// Each line also shows CPU ms per request of the API process and of the Postgres backends serving
// it (from /proc, Linux), and the 1-minute load average: with other work on the machine, compare
// CPU per request rather than latency. BENCH_NODE_ARGS passes node flags to the API (e.g. --cpu-prof).
// There is no warm-up: the first scenario also pays for JIT compilation.
import { loadavg } from 'node:os';
import { cpuPerRequest, percentiles, startBenchApi } from './lib/bench-api.mjs';

const TOTAL = Number(process.env.BENCH_ROWS ?? 100_000);
const CLIENTS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const api = await startBenchApi();
const { base, db } = api;
console.log(`Seeding ${TOTAL} initiatives…`);
const t0 = Date.now();
await db.query(`
  INSERT INTO initiative (municipality_id, author_id, title, summary, description, neighbourhood_id, theme_id, status, support_count, created_at)
  SELECT m.id, u.id,
         (ARRAY['Fietsenstalling', 'Speeltuin', 'Moestuin', 'Bankjes', 'Geveltuin', 'Straatfeest', 'Zebrapad', 'Boomspiegels'])[1 + g % 8] || ' ' || g,
         'Samenvatting van plan ' || g,
         'Buren willen samen iets doen aan de ' || (ARRAY['fietsen', 'bomen', 'kinderen', 'ouderen', 'verkeer'])[1 + g % 5] || ' in de wijk.',
         n.id, t.id,
         (ARRAY['published', 'under_review', 'adopted', 'completed', 'draft'])[1 + g % 5],
         g % 97, now() - make_interval(mins => g)
    FROM generate_series(1, ${TOTAL}) g
    JOIN municipality m ON m.slug = 'voorbeeld'
    JOIN LATERAL (SELECT id FROM app_user WHERE municipality_id = m.id ORDER BY email LIMIT 1 OFFSET g % 5) u ON true
    JOIN LATERAL (SELECT id FROM neighbourhood WHERE municipality_id = m.id ORDER BY code LIMIT 1 OFFSET g % 4) n ON true
    JOIN LATERAL (SELECT id FROM theme WHERE municipality_id = m.id ORDER BY slug LIMIT 1 OFFSET g % 6) t ON true`);
await db.query('ANALYZE initiative');
console.log(`Seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const { rows: places } = await db.query(`SELECT id FROM neighbourhood LIMIT 2`);

const LIST = `query($filter: InitiativeFilter, $orderBy: InitiativeOrder, $search: String) {
  initiatives(first: 20, filter: $filter, orderBy: $orderBy, search: $search) { totalCount totalCountIsExact edges { node { id title author { displayName } theme { name } neighbourhood { name } } } } }`;

async function drive(label, variablesFor) {
  const latencies = [];
  const until = Date.now() + SECONDS * 1000;
  let errors = 0;
  const cpuBefore = await api.cpu();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; Date.now() < until; i++) {
        const start = performance.now();
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: LIST, variables: variablesFor(c, i) }),
        });
        const body = await res.json();
        if (body.errors) {
          errors++;
        }
        latencies.push(performance.now() - start);
      }
    }),
  );
  const cpu = cpuPerRequest(cpuBefore, await api.cpu(), latencies.length);
  const p = percentiles(latencies);
  console.log(
    `${label.padEnd(40)} ${(latencies.length / SECONDS).toFixed(0).padStart(6)} req/s   p50 ${p.p50} ms   p95 ${p.p95} ms   p99 ${p.p99} ms   errors ${errors}   CPU/req: API ${cpu.api} ms, Postgres ${cpu.db} ms   load ${loadavg()[0].toFixed(1)}`,
  );
}

await drive('list newest', () => ({}));
await drive('list most supported', () => ({ orderBy: 'MOST_SUPPORTED' }));
await drive('list filtered (status + neighbourhood)', (c) => ({
  filter: { status: ['PUBLISHED', 'ADOPTED'], neighbourhoodId: places[c % 2].id },
}));
const words = ['fiets', 'speeltuin', 'bomen', 'moestuin', 'zebrapad', 'kinderen'];
await drive('Dutch search (prefix, ranked)', (c, i) => ({ search: words[(c + i) % words.length] }));
await drive('list trending', () => ({ orderBy: 'TRENDING' }));
await drive('list deadline soon', () => ({ orderBy: 'DEADLINE_SOON' }));

await api.stop();
