import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { startApi } from '../../support/api-harness.js';
import { withApiAndTown } from '../../support/api-suite.js';
import { mailsTo } from '../../support/mail-outbox.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { message } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { id emailVerifiedAt } }`;
const RESEND = `mutation { resendVerificationEmail { message } }`;
const ME = `{ me { id emailVerifiedAt } }`;

const unique = (): string => Math.random().toString(36).slice(2, 10);
const tokenOf = (link: string): string => new URL(link).searchParams.get('token') ?? '';

describe('registration that does not reveal known addresses, and e-mail verification', () => {
  const env = withApiAndTown();

  const register = (email: string, headers: Record<string, string> = {}) =>
    env.api
      .client(env.town.slug)
      .request<{ register: { message: string } }>(
        REGISTER,
        { input: { email, password: 'een lange zin als wachtwoord', displayName: 'Sam Jansen' } },
        headers,
      );

  it('answers a known and a new address the same (message, no cookie, similar time); only the mail differs', async () => {
    const known = await env.api.factories.createUser(env.town.id);
    const timings: Record<'known' | 'fresh', number[]> = { known: [], fresh: [] };
    const answers = new Set<string>();
    for (let i = 0; i < 5; i++) {
      for (const kind of ['known', 'fresh'] as const) {
        const email = kind === 'known' ? known.email : `nieuw-${unique()}@example.org`;
        const started = performance.now();
        const result = await register(email);
        timings[kind].push(performance.now() - started);
        expect(result.errors).toBeUndefined();
        expect(result.headers.getSetCookie()).toEqual([]);
        answers.add(result.data!.register.message.replace(email, '<e-mail>'));
      }
    }
    expect(answers.size).toBe(1);
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

    console.log(
      `register: median ${median(timings.known).toFixed(1)} ms for a known address, ${median(timings.fresh).toFixed(1)} ms for a new one`,
    );
    expect(Math.abs(median(timings.known) - median(timings.fresh))).toBeLessThan(100);

    const mail = await env.api.latestMailTo(known.email);
    expect(mail.subject).toBe('Iemand wilde een account maken met uw e-mailadres');
    expect(mail.links.map((l) => new URL(l).pathname)).toEqual(['/inloggen', '/wachtwoord-vergeten']);
    const { rows } = await env.api.db.query(`SELECT count(*)::int AS n FROM app_user WHERE lower(email) = lower($1)`, [known.email]);
    expect(rows[0].n).toBe(1);
  });

  it('stores only the SHA-256 of a token; the link works once', async () => {
    const email = `eenmalig-${unique()}@example.org`;
    await register(email);
    const token = tokenOf((await env.api.latestMailTo(email)).links[0]);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { rows } = await env.api.db.query<{ token_hash: Buffer }>(
      `SELECT t.token_hash FROM account_token t JOIN app_user u ON u.id = t.user_id WHERE u.email = $1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash.equals(createHash('sha256').update(token).digest())).toBe(true);
    expect(rows[0].token_hash.toString('utf8')).not.toContain(token);

    const first = await env.api.client(env.town.slug).request(VERIFY, { token });
    expect(first.errors).toBeUndefined();
    const again = await env.api.client(env.town.slug).request(VERIFY, { token });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toMatch(/Deze link werkt niet meer/);
    expect(again.headers.getSetCookie()).toEqual([]);
  });

  it('refuses an expired link, a made-up one and one from another municipality', async () => {
    const email = `verlopen-${unique()}@example.org`;
    await register(email);
    const token = tokenOf((await env.api.latestMailTo(email)).links[0]);
    const other = await env.api.factories.createMunicipality();
    const elsewhere = await env.api.client(other.slug).request(VERIFY, { token });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    await env.api.db.query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      createHash('sha256').update(token).digest(),
    ]);
    const expired = await env.api.client(env.town.slug).request(VERIFY, { token });
    expect(expired.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const madeUp = await env.api.client(env.town.slug).request(VERIFY, { token: 'x'.repeat(43) });
    expect(madeUp.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { rows } = await env.api.db.query(`SELECT email_verified_at FROM app_user WHERE email = $1`, [email]);
    expect(rows[0].email_verified_at).toBeNull();
  });

  it('an unconfirmed resident can log in, ask for a new link (the old one stops working) and confirm later', async () => {
    const user = await env.api.factories.createUser(env.town.id, { verified: false });
    const client = await env.api.signIn(user, env.town.slug);
    expect((await client.data<{ me: { emailVerifiedAt: string | null } }>(ME)).me.emailVerifiedAt).toBeNull();
    const sent = await client.data<{ resendVerificationEmail: { message: string } }>(RESEND);
    expect(sent.resendVerificationEmail.message).toContain(user.email);
    const firstToken = tokenOf((await env.api.latestMailTo(user.email)).links[0]);
    const after = new Date();
    await client.data(RESEND);
    const secondToken = tokenOf((await env.api.latestMailTo(user.email, { after })).links[0]);
    expect(secondToken).not.toBe(firstToken);

    const verified = await client.request<{ verifyEmail: { id: string; emailVerifiedAt: string } }>(VERIFY, { token: secondToken });
    expect(verified.data?.verifyEmail.id).toBe(user.id);
    expect((await client.data<{ me: { emailVerifiedAt: string | null } }>(ME)).me.emailVerifiedAt).not.toBeNull();
    expect((await env.api.client(env.town.slug).request(VERIFY, { token: firstToken })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const already = await client.data<{ resendVerificationEmail: { message: string } }>(RESEND);
    expect(already.resendVerificationEmail.message).toBe('Uw e-mailadres is al bevestigd.');
  });

  it('writes the mail in the language of the request, in plain text and HTML', async () => {
    const email = `english-${unique()}@example.org`;
    const result = await register(email, { 'accept-language': 'en' });
    expect(result.data?.register.message).toMatch(/^We have sent an e-mail to/);
    const mail = await env.api.latestMailTo(email);
    expect(mail.subject).toBe('Confirm your e-mail address for Dialoog');
    expect(mail.text).toContain('Dear Sam Jansen,');
    expect(mail.html).toContain('<a href="');
    expect(mail.html).toContain('lang="en"');
  });

  it('drops account mails to one address beyond the per-recipient limit, silently', async () => {
    const limited = await startApi({
      rateLimits: {
        perAccount: { limit: 5, windowSeconds: 60, maxLockMinutes: 15 },
        authPerIp: { limit: 1000, windowSeconds: 60 },
        registerPerIp: { limit: 1000, windowSeconds: 60 },
        mutationsPerUser: { limit: 1000, windowSeconds: 60 },
        requestsPerIp: { limit: 1000, windowSeconds: 60 },
        mailsPerRecipient: { limit: 2, windowSeconds: 3600 },
      },
    });
    try {
      const place = await limited.factories.createMunicipality();
      const known = await limited.factories.createUser(place.id);
      for (let i = 0; i < 4; i++) {
        const result = await limited
          .client(place.slug)
          .request(REGISTER, { input: { email: known.email, password: 'een lange zin als wachtwoord', displayName: 'Iemand' } });
        expect(result.errors).toBeUndefined();
      }
      await limited.latestMailTo(known.email);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await mailsTo(limited.mailDir, known.email)).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});
