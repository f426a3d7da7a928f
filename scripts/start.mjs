// `npm start`: the whole platform on one port. Without DATABASE_URL it runs an embedded
// PostgreSQL under .data/ (kept between runs) and seeds the demo municipality on first use.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './lib/embedded-db.mjs';

const root = new URL('..', import.meta.url).pathname;
const dataDir = join(root, '.data');
const port = Number(process.env.PORT ?? 3000);
const say = (message) => console.log(`[dialoog] ${message}`);
const t0 = Date.now();

function newestMtime(paths) {
  let newest = 0;
  const walk = (path) => {
    if (!existsSync(path)) {
      return;
    }
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (entry !== 'node_modules' && entry !== 'generated-never') {
          walk(join(path, entry));
        }
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach((p) => walk(join(root, p)));
  return newest;
}

function buildIfStale(name, sources, output, command) {
  const out = join(root, output);
  if (existsSync(out) && statSync(out).mtimeMs >= newestMtime(sources)) {
    return;
  }
  say(`Building the ${name}…`);
  execFileSync(process.execPath, command, { cwd: root, stdio: 'inherit' });
}

function secretFile(name, make) {
  const file = join(dataDir, name);
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  const value = make();
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

async function ensureDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) {
    await client.query(`CREATE DATABASE "${name}"`);
  }
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  buildIfStale('API', ['apps/api/src', 'libs/domain/src', 'migrations'], 'dist/apps/api/src/main.js', [
    'node_modules/typescript/bin/tsc',
    '-p',
    'apps/api/tsconfig.app.json',
  ]);
  buildIfStale('web app', ['apps/web', 'libs/domain/src'], 'dist/web/index.html', [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'apps/web/vite.config.ts',
    '--logLevel',
    'warn',
  ]);

  let databaseUrl = process.env.DATABASE_URL;
  let embedded = null;
  let seed = process.env.SEED_DEMO === '1';
  if (!databaseUrl) {
    say('No DATABASE_URL: starting the embedded PostgreSQL in .data/postgres …');
    embedded = await startEmbeddedPostgres(join(dataDir, 'postgres'), { log: say });
    databaseUrl = await ensureDatabase(embedded.url, 'dialoog');
    seed = true;
  }
  const demoPassword = seed
    ? (process.env.DEMO_PASSWORD ?? secretFile('demo-password.txt', () => `demo-${randomBytes(9).toString('base64url')}`))
    : undefined;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    WEB_DIST: process.env.WEB_DIST ?? join(root, 'dist/web'),
    JWT_SECRET: process.env.JWT_SECRET ?? secretFile('jwt-secret.txt', () => randomBytes(32).toString('hex')),
    SECOND_FACTOR_KEY: process.env.SECOND_FACTOR_KEY ?? secretFile('second-factor-key.txt', () => randomBytes(32).toString('hex')),
    SEED_DEMO: seed ? '1' : '0',
    ...(demoPassword ? { DEMO_PASSWORD: demoPassword } : {}),
  };
  const api = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], { env, stdio: 'inherit' });

  let stopping = false;
  const stop = async (code) => {
    if (stopping) {
      return;
    }
    stopping = true;
    if (api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api.once('exit', resolve));
    }
    if (embedded) {
      say('Stopping the embedded PostgreSQL…');
      await embedded.stop();
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  api.on('exit', (code) => void stop(code ?? 1));

  for (let i = 0; i < 600 && !stopping; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (stopping) {
    return;
  }
  console.log(`
  Dialoog is running (started in ${((Date.now() - t0) / 1000).toFixed(1)} s)

    Web app:  http://localhost:${port}
    API:      http://localhost:${port}/graphql
${
  demoPassword
    ? `
    Demo logins (password: ${demoPassword})
      admin@voorbeeld.nl        beheerder
      facilitator@voorbeeld.nl  medewerker van de gemeente
      bewoner1@voorbeeld.nl     bewoner (ook bewoner2, bewoner3)
`
    : ''
}
  Stop with Ctrl-C.
`);
}

main().catch(async (error) => {
  console.error(error);
  process.exit(1);
});
