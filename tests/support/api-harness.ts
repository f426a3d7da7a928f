import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config.js';
import { JwtService } from '@nestjs/jwt';
import { SESSION_COOKIE } from '../../apps/api/src/modules/auth/session-cookie.service.js';
import { SessionRepository } from '../../apps/api/src/modules/auth/session.repository.js';
import { Factories } from './factories.js';
import { GraphqlClient } from './graphql-client.js';
import { latestMailTo, type ReceivedMail } from './mail-outbox.js';
import { createSuiteDatabase } from './test-database.js';

export interface ApiHarness {
  baseUrl: string;
  /** This suite's database (a second `startApi({ databaseUrl })` shares it: several instances). */
  databaseUrl: string;
  app: INestApplication;
  /** Direct SQL access to this suite's database, for arranging and checking rows. */
  db: pg.Pool;
  factories: Factories;
  /** A new "browser" (own cookie jar), optionally for a given municipality (X-Municipality). */
  client(municipalitySlug?: string): GraphqlClient;
  /** Signs a user in and returns their client. */
  signIn(user: { email: string; password: string }, municipalitySlug?: string): Promise<GraphqlClient>;
  /** A signed-in client without the (deliberately slow) password check: for tests with many users. */
  sessionFor(user: { id: string; municipalityId: string }, municipalitySlug?: string): Promise<GraphqlClient>;
  /** This suite's mail directory: the API writes every message here as an `.eml` file (unless `smtpUrl` is set). */
  mailDir: string;
  /** This suite's image storage root (a temporary directory unless `uploadDir` is given). */
  uploadDir: string;
  /** The newest message to `email` (waits for it); `after` skips older ones. */
  latestMailTo(email: string, options?: { after?: Date; timeoutMs?: number }): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * Rate limits for tests: every suite's traffic comes from 127.0.0.1, so the per-address limits
 * are lifted unless a suite sets them (tests/security/rate-limits.security-spec.ts does).
 */
const TEST_RATE_LIMITS: AppConfig['rateLimits'] = {
  perAccount: { limit: 5, windowSeconds: 60, maxLockMinutes: 15 },
  authPerIp: { limit: 100_000, windowSeconds: 60 },
  registerPerIp: { limit: 100_000, windowSeconds: 60 },
  mutationsPerUser: { limit: 100_000, windowSeconds: 60 },
  requestsPerIp: { limit: 100_000, windowSeconds: 60 },
  mailsPerRecipient: { limit: 100_000, windowSeconds: 60 },
};

/**
 * One API app per suite file, on its own copy of the migrated database, on a random port.
 * With `overrides.databaseUrl` the app uses that (already migrated) database instead, and leaves it in place.
 */
export async function startApi(overrides: Partial<AppConfig> = {}): Promise<ApiHarness> {
  const database = overrides.databaseUrl ? { url: overrides.databaseUrl, drop: () => Promise.resolve() } : await createSuiteDatabase();
  const mailDir = overrides.mailDir ?? mkdtempSync(join(tmpdir(), 'dialoog-mail-'));
  const uploadDir = overrides.uploadDir ?? mkdtempSync(join(tmpdir(), 'dialoog-uploads-'));
  const config = loadConfig(
    { NODE_ENV: 'test', JWT_SECRET: 'test-secret-for-this-suite-only-0123456789' },
    // Background notification work is off unless a suite turns it on (`outboxPollMs`) or runs it itself:
    // its statements would otherwise mix with what suites count and wait for.
    // With Redis, the job queue's keys are this suite's own (instances sharing the database share the queue).
    {
      databaseUrl: database.url,
      port: 0,
      runMigrations: false,
      mailDir,
      uploadDir,
      rateLimits: TEST_RATE_LIMITS,
      outboxPollMs: 0,
      jobQueuePrefix: `dialoog-test-${new URL(database.url).pathname.slice(1)}`,
      ...overrides,
    },
  );
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  if (!overrides.publicUrl) {
    // Links in e-mails point at this server (known only now that it listens).
    Object.assign(config, { publicUrl: baseUrl });
  }
  const db = new pg.Pool({ connectionString: database.url, max: 5 });
  // An idle connection dropped by the server (a restart in the fault test) must not crash the run.
  db.on('error', () => undefined);
  const harness: ApiHarness = {
    baseUrl,
    databaseUrl: database.url,
    app,
    db,
    factories: new Factories(db),
    client: (slug) => new GraphqlClient(baseUrl, slug ? { 'x-municipality': slug } : {}),
    async signIn(user, slug) {
      const client = harness.client(slug);
      await client.data(`mutation($input: LoginInput!) { login(input: $input) { id } }`, {
        input: { email: user.email, password: user.password },
      });
      return client;
    },
    async sessionFor(user, slug) {
      const sid = await app.get(SessionRepository).create(user.municipalityId, user.id, 12);
      const token = app.get(JwtService).sign({ sid, mid: user.municipalityId, sub: user.id }, { expiresIn: 1800, algorithm: 'HS256' });
      const client = harness.client(slug);
      client.setCookie(SESSION_COOKIE, token);
      return client;
    },
    mailDir,
    uploadDir,
    latestMailTo: (email, options) => latestMailTo(mailDir, email, options),
    async close() {
      await app.close();
      await db.end();
      await database.drop();
      if (config.redisUrl && !overrides.databaseUrl) {
        await removeRedisKeys(config.redisUrl, config.jobQueuePrefix);
      }
      if (!overrides.mailDir) {
        rmSync(mailDir, { recursive: true, force: true });
      }
      if (!overrides.uploadDir) {
        rmSync(uploadDir, { recursive: true, force: true });
      }
    },
  };
  return harness;
}

/** Removes the suite's job-queue keys from Redis (a real Redis is shared by every test run). */
async function removeRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) {
        await redis.del(...keys);
      }
    } while (cursor !== '0');
  } catch {
    // An unreachable Redis (the outage tests) has nothing to clean.
  } finally {
    redis.disconnect();
  }
}
