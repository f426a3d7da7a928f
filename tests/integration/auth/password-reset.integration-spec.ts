import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { withApiAndTown } from '../../support/api-suite.js';
import { mailsTo } from '../../support/mail-outbox.js';

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) { message } }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) { id emailVerifiedAt } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const ME = `{ me { id } }`;

const tokenOf = (link: string): string => new URL(link).searchParams.get('token') ?? '';

describe('password reset by e-mail', () => {
  const env = withApiAndTown();

  const requestReset = (email: string) =>
    env.api.client(env.town.slug).request<{ requestPasswordReset: { message: string } }>(REQUEST, { email });

  it('answers the same for a known and an unknown address; only a known one gets a mail', async () => {
    const user = await env.api.factories.createUser(env.town.id);
    const known = await requestReset(user.email);
    const unknown = await requestReset('niemand-hier@example.org');
    expect(known.errors).toBeUndefined();
    expect(known.data?.requestPasswordReset.message.replace(user.email, '<e>')).toBe(
      unknown.data?.requestPasswordReset.message.replace('niemand-hier@example.org', '<e>'),
    );
    const mail = await env.api.latestMailTo(user.email);
    expect(mail.subject).toBe('Kies een nieuw wachtwoord voor Dialoog');
    expect(new URL(mail.links[0]).pathname).toBe('/wachtwoord-herstellen');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await mailsTo(env.api.mailDir, 'niemand-hier@example.org')).toEqual([]);
  });

  it('checks the policy before using the link up; then sets the password, ends every session, signs in, and works once', async () => {
    const user = await env.api.factories.createUser(env.town.id, { verified: false });
    const laptop = await env.api.signIn(user, env.town.slug);
    await requestReset(user.email);
    const token = tokenOf((await env.api.latestMailTo(user.email)).links[0]);
    const browser = env.api.client(env.town.slug);

    const weak = await browser.request(RESET, { token, password: 'wachtwoord123' });
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('newPassword');

    const done = await browser.request<{ resetPassword: { id: string; emailVerifiedAt: string | null } }>(RESET, {
      token,
      password: 'een gloednieuw en lang wachtwoord',
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.resetPassword.id).toBe(user.id);
    expect(done.data?.resetPassword.emailVerifiedAt).not.toBeNull();
    expect((await browser.data<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    expect((await laptop.data<{ me: unknown }>(ME)).me).toBeNull();

    const oldPassword = await env.api.client(env.town.slug).request(LOGIN, { input: { email: user.email, password: user.password } });
    expect(oldPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await env.api.signIn({ email: user.email, password: 'een gloednieuw en lang wachtwoord' }, env.town.slug);

    const twice = await env.api.client(env.town.slug).request(RESET, { token, password: 'nog een ander lang wachtwoord' });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(twice.errors?.[0]?.message).toMatch(/Deze link werkt niet meer/);
  });

  it('a link works for one hour only', async () => {
    const user = await env.api.factories.createUser(env.town.id);
    await requestReset(user.email);
    const token = tokenOf((await env.api.latestMailTo(user.email)).links[0]);
    const hash = createHash('sha256').update(token).digest();
    const { rows } = await env.api.db.query<{ minutes: number }>(
      `SELECT extract(epoch FROM expires_at - created_at)::int / 60 AS minutes FROM account_token WHERE token_hash = $1`,
      [hash],
    );
    expect(rows[0].minutes).toBe(60);
    await env.api.db.query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hash]);
    const late = await env.api.client(env.town.slug).request(RESET, { token, password: 'een gloednieuw en lang wachtwoord' });
    expect(late.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a reset lifts the login lock of that account (an attacker cannot keep someone out)', async () => {
    const user = await env.api.factories.createUser(env.town.id);
    for (let i = 0; i < 6; i++) {
      await env.api.client(env.town.slug).request(LOGIN, { input: { email: user.email, password: 'fout-wachtwoord-123' } });
    }
    const locked = await env.api.client(env.town.slug).request(LOGIN, { input: { email: user.email, password: user.password } });
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    await requestReset(user.email);
    const token = tokenOf((await env.api.latestMailTo(user.email)).links[0]);
    await env.api.client(env.town.slug).data(RESET, { token, password: 'een gloednieuw en lang wachtwoord' });
    const login = await env.api
      .client(env.town.slug)
      .request(LOGIN, { input: { email: user.email, password: 'een gloednieuw en lang wachtwoord' } });
    expect(login.errors).toBeUndefined();
  });

  it('sends nothing for a disabled account', async () => {
    const user = await env.api.factories.createUser(env.town.id);
    await env.api.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [user.id]);
    const result = await requestReset(user.email);
    expect(result.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await mailsTo(env.api.mailDir, user.email)).toEqual([]);
  });
});
