import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { RedisRateLimitStore } from '../../apps/api/src/common/rate-limit/redis-rate-limit-store.js';
import { APP_CONFIG, type AppConfig } from '../../apps/api/src/config/app-config.js';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import type { TestMunicipality } from '../support/factories.js';

/** The machine's Redis (CI: a service container); REDIS_URL overrides. */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate limits in Redis: one set of counters for every instance', () => {
  let redis: Redis;
  let first: ApiHarness;
  let second: ApiHarness;
  let town: TestMunicipality;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    first = await startApi({ redisUrl: REDIS_URL });
    // A second instance on the same database and the same Redis, as behind a load balancer.
    second = await startApi({ redisUrl: REDIS_URL, databaseUrl: first.app.get<AppConfig>(APP_CONFIG).databaseUrl });
    town = await first.factories.createMunicipality();
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await redis?.quit();
  });

  it('the Lua script counts atomically and doubles the lock up to the maximum', async () => {
    const store = new RedisRateLimitStore(redis, `dialoog-test:${randomBytes(4).toString('hex')}:`);
    const rule = { limit: 2, windowMs: 200, maxLockMs: 1_000 };
    const burst = await Promise.all(Array.from({ length: 10 }, () => store.consume('k', rule)));
    expect(burst.filter((o) => o.allowed)).toHaveLength(2);
    const locks = [burst.find((o) => !o.allowed)!.retryAfterMs];
    for (let round = 0; round < 3; round++) {
      await sleep(locks[locks.length - 1] + 20);
      expect((await store.consume('k', rule)).allowed).toBe(true);
      expect((await store.consume('k', rule)).allowed).toBe(true);
      locks.push((await store.consume('k', rule)).retryAfterMs);
    }
    expect(locks.map((ms) => Math.round(ms / 100) * 100)).toEqual([200, 400, 800, 1_000]);
    await store.reset('k');
    expect((await store.consume('k', rule)).allowed).toBe(true);
  });

  it('failed logins on two instances add up: the 6th attempt is refused on either', async () => {
    const user = await first.factories.createUser(town.id);
    const attempt = (api: ApiHarness) =>
      api.client(town.slug).request(LOGIN, { input: { email: user.email, password: 'fout-wachtwoord-123' } });
    for (const api of [first, second, first, second, first]) {
      expect((await attempt(api)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const refused = await attempt(second);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await attempt(first)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const keys = await redis.keys('dialoog:rl:*');
    expect(keys.join(' ')).not.toContain(user.email);
  });

  it('readiness reports Redis', async () => {
    const response = await fetch(`${first.baseUrl}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('with Redis unreachable the API still serves (limits are not applied) and readiness says so', async () => {
    const api = await startApi({ redisUrl: 'redis://127.0.0.1:1', databaseUrl: first.app.get<AppConfig>(APP_CONFIG).databaseUrl });
    try {
      const user = await api.factories.createUser(town.id);
      const started = Date.now();
      for (let i = 0; i < 7; i++) {
        await api.client(town.slug).request(LOGIN, { input: { email: user.email, password: 'fout-wachtwoord-123' } });
      }
      const ok = await api.client(town.slug).request(LOGIN, { input: { email: user.email, password: user.password } });
      expect(ok.errors).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(5_000);
      const ready = await fetch(`${api.baseUrl}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ database: 'up', redis: 'down' });
    } finally {
      await api.close();
    }
  });
});
