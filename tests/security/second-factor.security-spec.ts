import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Secret, TOTP } from 'otpauth';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import type { TestMunicipality } from '../support/factories.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const VERIFY = `mutation($input: SecondFactorCodeInput!) { verifyLoginCode(input: $input) { id } }`;
const ME = `{ me { id } }`;

describe('second factor: the pending-login cookie is no session, and a session is no pending login', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let otherTown: TestMunicipality;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    otherTown = await api.factories.createMunicipality();
  });
  afterAll(() => api.close());

  async function userWithFactor(): Promise<{ email: string; password: string; secret: string }> {
    const user = await api.factories.createUser(town.id);
    const client = await api.signIn(user, town.slug);
    const { startSecondFactorEnrolment } = await client.data<{ startSecondFactorEnrolment: { secret: string } }>(
      `mutation { startSecondFactorEnrolment { secret } }`,
    );
    const secret = startSecondFactorEnrolment.secret;
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    await client.data(`mutation($input: SecondFactorCodeInput!) { confirmSecondFactor(input: $input) { recoveryCodes } }`, {
      input: { code },
    });
    return { ...user, secret };
  }

  it('the pending-login token in the session cookie signs nobody in, and opens no signed-in field', async () => {
    const user = await userWithFactor();
    const browser = api.client(town.slug);
    await browser.request(LOGIN, { input: { email: user.email, password: user.password } });
    const pending = browser.cookie('dialoog_login_code');
    expect(pending).toBeDefined();
    const attacker = api.client(town.slug);
    attacker.setCookie('dialoog_session', pending!);
    expect((await attacker.data<{ me: unknown }>(ME)).me).toBeNull();
    expect((await attacker.request(`{ unreadNotificationCount }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a session token in the pending-login cookie is no pending login; nor is a pending login from another municipality', async () => {
    const user = await userWithFactor();
    const signedIn = await api.factories.createUser(town.id);
    const session = (await api.signIn(signedIn, town.slug)).cookie('dialoog_session');
    const attacker = api.client(town.slug);
    attacker.setCookie('dialoog_login_code', session!);
    expect((await attacker.request(VERIFY, { input: { code: '123456' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const browser = api.client(town.slug);
    await browser.request(LOGIN, { input: { email: user.email, password: user.password } });
    const elsewhere = api.client(otherTown.slug);
    elsewhere.setCookie('dialoog_login_code', browser.cookie('dialoog_login_code')!);
    const code = new TOTP({ secret: Secret.fromBase32(user.secret) }).generate({ timestamp: Date.now() + 30_000 });
    expect((await elsewhere.request(VERIFY, { input: { code } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await elsewhere.data<{ me: unknown }>(ME)).me).toBeNull();
  });
});
