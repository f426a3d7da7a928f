import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import type { TestMunicipality } from '../support/factories.js';
import { GraphqlClient } from '../support/graphql-client.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { message } }`;
const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) { message } }`;
const CREATE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`;

type Errors = Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }>;

let nextAddress = 1;

describe('rate limits over HTTP (in-memory store; each test from its own client address)', () => {
  let api: ApiHarness;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await startApi({
      trustProxy: true,
      rateLimits: {
        perAccount: { limit: 5, windowSeconds: 60, maxLockMinutes: 15 },
        authPerIp: { limit: 8, windowSeconds: 60 },
        registerPerIp: { limit: 3, windowSeconds: 3600 },
        mutationsPerUser: { limit: 4, windowSeconds: 60 },
        requestsPerIp: { limit: 20, windowSeconds: 60 },
        mailsPerRecipient: { limit: 100, windowSeconds: 3600 },
      },
    });
    town = await api.factories.createMunicipality();
  });
  afterAll(() => api.close());

  /** A browser at a new client address (X-Forwarded-For, trusted here). */
  const browser = (): GraphqlClient =>
    new GraphqlClient(api.baseUrl, {
      'x-municipality': town.slug,
      'x-forwarded-for': `10.0.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250}`,
    });

  const codeOf = (errors: Errors | undefined): string | undefined => errors?.[0]?.extensions?.code;
  const retryAfter = (errors: Errors | undefined): number | undefined => errors?.[0]?.extensions?.retryAfterSeconds;

  it('login per account: 5 attempts a minute, then a 60-second lock, for known and unknown addresses alike', async () => {
    const user = await api.factories.createUser(town.id);
    for (const email of [user.email, 'onbekend-adres@example.org']) {
      for (let i = 0; i < 5; i++) {
        const attempt = await browser().request(LOGIN, { input: { email, password: 'fout-wachtwoord-123' } });
        expect(codeOf(attempt.errors)).toBe('UNAUTHENTICATED');
      }
      const locked = await browser().request(LOGIN, { input: { email, password: user.password } }, { 'accept-language': 'en' });
      expect(codeOf(locked.errors)).toBe('RATE_LIMITED');
      expect(retryAfter(locked.errors)).toBe(60);
      expect(locked.errors?.[0]?.message).toBe('You are doing this too often. Please try again in 60 seconds.');
      expect(locked.headers.get('retry-after')).toBe('60');
      expect(locked.headers.getSetCookie()).toEqual([]);
    }
    const someoneElse = await api.factories.createUser(town.id);
    await api.signIn(someoneElse, town.slug);
  });

  it('the lock holds whatever is tried, also the right password', async () => {
    const email = 'verdubbelen@example.org';
    const fail = () => browser().request(LOGIN, { input: { email, password: 'fout-wachtwoord-123' } });
    for (let i = 0; i < 5; i++) {
      await fail();
    }
    expect(retryAfter((await fail()).errors)).toBe(60);
    // The doubling (1, 2, 4, 8, then 15 minutes at most) is tested with a fake clock in
    // memory-rate-limit-store.spec.ts and with short windows against Redis in rate-limits.redis.security-spec.ts.
    expect(codeOf((await fail()).errors)).toBe('RATE_LIMITED');
  });

  it('a successful login clears the account counter', async () => {
    const user = await api.factories.createUser(town.id);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) {
        await browser().request(LOGIN, { input: { email: user.email, password: 'fout-wachtwoord-123' } });
      }
      const ok = await browser().request(LOGIN, { input: { email: user.email, password: user.password } });
      expect(ok.errors).toBeUndefined();
    }
  });

  it('login, reset and verification per client address: 8 a minute here (30 by default)', async () => {
    const client = browser();
    for (let i = 0; i < 8; i++) {
      const attempt = await client.request(LOGIN, { input: { email: `adres-${i}@example.org`, password: 'fout-wachtwoord-123' } });
      expect(codeOf(attempt.errors)).toBe('UNAUTHENTICATED');
    }
    expect(codeOf((await client.request(LOGIN, { input: { email: 'nog-een@example.org', password: 'x-y-z-1234567' } })).errors)).toBe(
      'RATE_LIMITED',
    );
    expect(codeOf((await client.request(RESET, { email: 'nog-een@example.org' })).errors)).toBe('RATE_LIMITED');
  });

  it('password-reset requests per account: 5 a minute, the same for an unknown address', async () => {
    for (const email of [(await api.factories.createUser(town.id)).email, 'niet-bekend@example.org']) {
      for (let i = 0; i < 5; i++) {
        expect((await browser().request(RESET, { email })).errors).toBeUndefined();
      }
      expect(codeOf((await browser().request(RESET, { email })).errors)).toBe('RATE_LIMITED');
    }
  });

  it('registration per client address: 3 an hour here (10 by default), with the wait in minutes', async () => {
    const client = browser();
    for (let i = 0; i < 3; i++) {
      const result = await client.request(REGISTER, {
        input: { email: `registreer-${i}-${Date.now()}@example.org`, password: 'een lange zin als wachtwoord', displayName: 'Iemand' },
      });
      expect(result.errors).toBeUndefined();
    }
    const refused = await client.request(REGISTER, {
      input: { email: `registreer-x-${Date.now()}@example.org`, password: 'een lange zin als wachtwoord', displayName: 'Iemand' },
    });
    expect(codeOf(refused.errors)).toBe('RATE_LIMITED');
    expect(retryAfter(refused.errors)).toBeGreaterThan(3500);
    expect(refused.errors?.[0]?.message).toBe('U doet dit te vaak achter elkaar. Probeer het over 60 minuten opnieuw.');
  });

  it('mutations per signed-in person: 4 a minute here (60 by default), per person', async () => {
    const first = await api.factories.createUser(town.id);
    const second = await api.factories.createUser(town.id);
    const client = browser();
    await client.data(LOGIN, { input: { email: first.email, password: first.password } });
    // login itself was anonymous; the limit counts mutations made while signed in.
    for (let i = 0; i < 4; i++) {
      expect(
        (await client.request(CREATE, { input: { title: `Initiatief nummer ${i}`, summary: '', description: '' } })).errors,
      ).toBeUndefined();
    }
    const refused = await client.request(CREATE, { input: { title: 'Initiatief te veel', summary: '', description: '' } });
    expect(codeOf(refused.errors)).toBe('RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM initiative WHERE author_id = $1`, [first.id]);
    expect(rows[0].n).toBe(4);
    expect((await client.request(`{ me { id } }`)).errors).toBeUndefined();

    const other = browser();
    await other.data(LOGIN, { input: { email: second.email, password: second.password } });
    expect(
      (await other.request(CREATE, { input: { title: 'Initiatief van een ander', summary: '', description: '' } })).errors,
    ).toBeUndefined();
  });

  it('every request per client address: 20 a minute here (600 by default) → HTTP 429 with Retry-After; health checks exempt', async () => {
    const address = `10.9.9.${nextAddress++ % 250}`;
    const get = (path: string) => fetch(`${api.baseUrl}${path}`, { headers: { 'x-forwarded-for': address } });
    const post = () =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-municipality': town.slug, 'x-forwarded-for': address },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
    for (let i = 0; i < 20; i++) {
      expect((await post()).status).toBe(200);
    }
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: Errors };
    expect(body.errors[0].extensions?.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/^U doet dit te vaak achter elkaar/);
    expect((await get('/health/ready')).status).toBe(200);
    expect((await get('/health/live')).status).toBe(200);
  });
});
