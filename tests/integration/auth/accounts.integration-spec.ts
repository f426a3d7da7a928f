import { describe, expect, it } from '@jest/globals';
import { withApiAndTown } from '../../support/api-suite.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { message } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { id email role emailVerifiedAt } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id role } }`;
const ME = `{ me { id email role } }`;

describe('accounts: register, login, logout, password change', () => {
  const env = withApiAndTown();

  it('registers a resident: no cookie yet, a mail with a link; the link confirms the address and signs in; argon2id hash', async () => {
    const client = env.api.client(env.town.slug);
    const result = await client.request<{ register: { message: string } }>(REGISTER, {
      input: { email: 'Nieuwe.Bewoner@Example.org', password: 'mijn tuin is groen en blij', displayName: 'Nieuwe Bewoner' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.register.message).toMatch(/We hebben een e-mail gestuurd naar Nieuwe.Bewoner@Example.org/);
    expect(result.headers.getSetCookie()).toEqual([]);
    expect((await client.data<{ me: unknown }>(ME)).me).toBeNull();

    const mail = await env.api.latestMailTo('nieuwe.bewoner@example.org');
    expect(mail.subject).toBe('Bevestig uw e-mailadres voor Dialoog');
    expect(mail.text).toContain('Beste Nieuwe Bewoner,');
    const link = new URL(mail.links[0]);
    expect(`${link.origin}${link.pathname}`).toBe(`${env.api.baseUrl}/e-mail-bevestigen`);

    const verified = await client.request<{ verifyEmail: { id: string; role: string; emailVerifiedAt: string | null } }>(VERIFY, {
      token: link.searchParams.get('token'),
    });
    expect(verified.errors).toBeUndefined();
    expect(verified.data?.verifyEmail.role).toBe('RESIDENT');
    expect(verified.data?.verifyEmail.emailVerifiedAt).not.toBeNull();
    const setCookie = verified.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/dialoog_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await client.data<{ me: { email: string } }>(ME);
    expect(me.me.email).toBe('nieuwe.bewoner@example.org');
    const { rows } = await env.api.db.query(`SELECT password_hash, email_verified_at FROM app_user WHERE id = $1`, [
      verified.data?.verifyEmail.id,
    ]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].email_verified_at).not.toBeNull();
  });

  it.each([
    ['too short for a resident', 'kort12345', /minstens 10/],
    ['a common password', 'wachtwoord123', /veel gebruikt/],
    ['a sequence', 'abcdefghijklm', /veel gebruikt/],
    ['over 128 characters', 'x'.repeat(60) + 'y'.repeat(69), /hoogstens 128/],
  ])('refuses %s with a field error and stores nothing', async (_label, password, message) => {
    const email = `weiger-${Math.random().toString(36).slice(2)}@example.org`;
    const result = await env.api.client(env.town.slug).request(REGISTER, { input: { email, password, displayName: 'Iemand' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('password');
    expect(result.errors?.[0]?.extensions?.fields?.[0]?.message).toMatch(message);
    const { rows } = await env.api.db.query(`SELECT 1 FROM app_user WHERE email = $1`, [email]);
    expect(rows).toHaveLength(0);
  });

  it('accepts any characters, including emoji and spaces, counted as characters', async () => {
    const result = await env.api.client(env.town.slug).request(REGISTER, {
      input: { email: 'emoji@example.org', password: '🌳🌳 boom in de straat ☀️', displayName: 'Emoji' },
    });
    expect(result.errors).toBeUndefined();
  });

  it('answers the same for an unknown e-mail and a wrong password', async () => {
    const user = await env.api.factories.createUser(env.town.id);
    const unknown = await env.api
      .client(env.town.slug)
      .request(LOGIN, { input: { email: 'niemand@example.org', password: 'wat-dan-ook-123' } });
    const wrong = await env.api.client(env.town.slug).request(LOGIN, { input: { email: user.email, password: 'wat-dan-ook-123' } });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('answers in English when the request asks for English', async () => {
    const result = await env.api
      .client(env.town.slug)
      .request(LOGIN, { input: { email: 'niemand@example.org', password: 'wat-dan-ook-123' } }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(result.errors?.[0]?.message).toBe('The e-mail address or the password is not correct.');
  });

  it('logout makes the old cookie useless, even when it was copied before', async () => {
    const user = await env.api.factories.createUser(env.town.id);
    const client = await env.api.signIn(user, env.town.slug);
    const copied = client.clone();
    await client.data(`mutation { logout }`);
    expect((await client.data<{ me: unknown }>(ME)).me).toBeNull();
    expect((await copied.data<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('password change ends every other session and keeps this one', async () => {
    const user = await env.api.factories.createUser(env.town.id);
    const laptop = await env.api.signIn(user, env.town.slug);
    const phone = await env.api.signIn(user, env.town.slug);
    const result = await laptop.request(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }`, {
      input: { currentPassword: user.password, newPassword: 'een-nieuw-en-lang-wachtwoord' },
    });
    expect(result.errors).toBeUndefined();
    expect((await phone.data<{ me: unknown }>(ME)).me).toBeNull();
    expect((await laptop.data<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    const oldLogin = await env.api.client(env.town.slug).request(LOGIN, { input: { email: user.email, password: user.password } });
    expect(oldLogin.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or tampered cookie', async () => {
    const user = await env.api.factories.createUser(env.town.id);
    const client = await env.api.signIn(user, env.town.slug);
    const token = client.cookie('dialoog_session')!;
    const [header, payload] = token.split('.');
    client.setCookie('dialoog_session', `${header}.${payload}.AAAA`);
    expect((await client.data<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('an admin can grant the facilitator role; the person must sign in again', async () => {
    const admin = await env.api.factories.createUser(env.town.id, { role: 'admin', password: 'beheerder-met-een-lang-wachtwoord' });
    const staffToBe = await env.api.factories.createUser(env.town.id, { password: 'een-lang-wachtwoord-voor-medewerkers' });
    const adminClient = await env.api.signIn(admin, env.town.slug);
    const staffClient = await env.api.signIn(staffToBe, env.town.slug);
    const granted = await adminClient.request<{ setUserRole: { role: string } }>(
      `mutation($id: ID!) { setUserRole(userId: $id, role: FACILITATOR) { role } }`,
      { id: staffToBe.id },
    );
    expect(granted.data?.setUserRole.role).toBe('FACILITATOR');
    expect((await staffClient.data<{ me: unknown }>(ME)).me).toBeNull();
    const again = await env.api.signIn(staffToBe, env.town.slug);
    expect((await again.data<{ me: { role: string } }>(ME)).me.role).toBe('FACILITATOR');
  });

  it('refuses to make someone staff whose password is shorter than 15 characters', async () => {
    const admin = await env.api.factories.createUser(env.town.id, { role: 'admin', password: 'beheerder-met-een-lang-wachtwoord' });
    const shortPassword = await env.api.factories.createUser(env.town.id, { password: 'tien-tekens' });
    const adminClient = await env.api.signIn(admin, env.town.slug);
    const result = await adminClient.request(`mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { role } }`, {
      id: shortPassword.id,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('residents and facilitators cannot grant roles', async () => {
    const resident = await env.api.factories.createUser(env.town.id);
    const facilitator = await env.api.factories.createUser(env.town.id, {
      role: 'facilitator',
      password: 'facilitator-met-lang-wachtwoord',
    });
    for (const user of [resident, facilitator]) {
      const client = await env.api.signIn(user, env.town.slug);
      const result = await client.request(`mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { role } }`, { id: user.id });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await env.api
      .client(env.town.slug)
      .request(`mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { role } }`, { id: resident.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
