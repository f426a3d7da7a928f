import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Secret, TOTP } from 'otpauth';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const VERIFY = `mutation($input: SecondFactorCodeInput!) { verifyLoginCode(input: $input) { id role } }`;
const START = `mutation { startSecondFactorEnrolment { secret uri qrCodeDataUrl } }`;
const CONFIRM = `mutation($input: SecondFactorCodeInput!) { confirmSecondFactor(input: $input) { recoveryCodes } }`;
const DISABLE = `mutation($input: DisableSecondFactorInput!) { disableSecondFactor(input: $input) }`;
const STATUS = `{ secondFactor { enabled unusedRecoveryCodes requiredForStaff mustEnrol } }`;
const POLICY = `mutation($required: Boolean!) { setSecondFactorRequiredForStaff(required: $required) { requiredForStaff enabled } }`;
const ME = `{ me { id role } }`;
const INBOX = `{ inbox(first: 1) { totalCount } }`;
const UNREAD = `{ unreadNotificationCount }`;
const INITIATIVE = `query($id: ID!) { initiative(id: $id) { id status } }`;

type Errors = Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string; message: string }> } }> | undefined;
const codeOf = (errors: Errors): string | undefined => errors?.[0]?.extensions?.code;

const totp = (secret: string): TOTP => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
/** The code of the time step `offset` steps from now (±1 is accepted by the API). */
const codeAt = (secret: string, offset = 0): string => totp(secret).generate({ timestamp: Date.now() + offset * 30_000 });
/** Six digits that are not the code of any step the API would accept now. */
function wrongCode(secret: string): string {
  const near = new Set([-1, 0, 1, 2].map((offset) => codeAt(secret, offset)));
  let candidate = 123456;
  while (near.has(String(candidate))) {
    candidate++;
  }
  return String(candidate);
}

describe('second factor (TOTP): enrolment, login with a code, recovery codes, replay, policy for staff', () => {
  let api: ApiHarness;
  let town: TestMunicipality;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality({ name: 'Gemeente Tweestap' });
  });
  afterAll(() => api.close());

  /** The clock moves on: the last used step lies in the past, so the current code is fresh again. */
  const letTimePass = (user: TestUser) =>
    api.db.query(`UPDATE user_second_factor SET last_used_step = last_used_step - 10 WHERE user_id = $1`, [user.id]);

  async function enrol(client: GraphqlClient): Promise<{ secret: string; recoveryCodes: string[] }> {
    const { startSecondFactorEnrolment: started } = await client.data<{ startSecondFactorEnrolment: { secret: string } }>(START);
    const { confirmSecondFactor } = await client.data<{ confirmSecondFactor: { recoveryCodes: string[] } }>(CONFIRM, {
      input: { code: codeAt(started.secret) },
    });
    return { secret: started.secret, recoveryCodes: confirmSecondFactor.recoveryCodes };
  }

  it('enrols, asks for the code after the password, refuses wrong and replayed codes, takes a recovery code once, and turns off', async () => {
    const user = await api.factories.createUser(town.id, { email: 'tweestap@example.org' });
    const client = await api.signIn(user, town.slug);

    const started = await client.data<{ startSecondFactorEnrolment: { secret: string; uri: string; qrCodeDataUrl: string } }>(START);
    const { secret, uri, qrCodeDataUrl } = started.startSecondFactorEnrolment;
    expect(Secret.fromBase32(secret).bytes).toHaveLength(20);
    const parsed = new URL(uri);
    expect(parsed.protocol).toBe('otpauth:');
    expect(parsed.searchParams.get('issuer')).toBe('Dialoog Gemeente Tweestap');
    expect(decodeURIComponent(parsed.pathname)).toContain('tweestap@example.org');
    expect(parsed.searchParams.get('secret')).toBe(secret);
    expect(parsed.searchParams.get('algorithm')).toBe('SHA1');
    expect(parsed.searchParams.get('digits')).toBe('6');
    expect(parsed.searchParams.get('period')).toBe('30');
    expect(Buffer.from(qrCodeDataUrl.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toMatch(/^<svg/);

    // Not on before a right code; the secret is stored encrypted.
    expect((await client.data<{ secondFactor: { enabled: boolean } }>(STATUS)).secondFactor.enabled).toBe(false);
    const stored = await api.db.query<{ secret_encrypted: string }>(`SELECT secret_encrypted FROM user_second_factor WHERE user_id = $1`, [
      user.id,
    ]);
    expect(stored.rows[0].secret_encrypted).toMatch(/^v1\./);
    expect(stored.rows[0].secret_encrypted).not.toContain(secret);

    const wrongConfirm = await client.request(CONFIRM, { input: { code: wrongCode(secret) } });
    expect(codeOf(wrongConfirm.errors)).toBe('BAD_USER_INPUT');
    expect(wrongConfirm.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('code');

    const confirmed = await client.data<{ confirmSecondFactor: { recoveryCodes: string[] } }>(CONFIRM, { input: { code: codeAt(secret) } });
    const recoveryCodes = confirmed.confirmSecondFactor.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) {
      expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    }
    const hashes = await api.db.query<{ code_hash: Buffer }>(`SELECT code_hash FROM second_factor_recovery_code WHERE user_id = $1`, [
      user.id,
    ]);
    expect(hashes.rows).toHaveLength(10);
    expect(hashes.rows.map((r) => r.code_hash.toString('latin1')).join()).not.toContain(recoveryCodes[0]);
    expect(await client.data(STATUS)).toEqual({
      secondFactor: { enabled: true, unusedRecoveryCodes: 10, requiredForStaff: false, mustEnrol: false },
    });

    await client.data(`mutation { logout }`);

    // The right password alone gives no session, only LOGIN_CODE_NEEDED and a pending-login cookie.
    const browser = api.client(town.slug);
    const first = await browser.request(LOGIN, { input: { email: user.email, password: user.password } });
    expect(codeOf(first.errors)).toBe('LOGIN_CODE_NEEDED');
    expect(first.errors?.[0]?.message).toBe('Uw wachtwoord klopt. Vul nu de code uit uw app in.');
    const setCookie = first.headers.getSetCookie().join('\n');
    expect(setCookie).not.toMatch(/dialoog_session=/);
    expect(setCookie).toMatch(/dialoog_login_code=[^;]+;.*Max-Age=300/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect((await browser.data<{ me: unknown }>(ME)).me).toBeNull();
    expect(await browser.data(STATUS)).toEqual({ secondFactor: null });

    const wrong = await browser.request(VERIFY, { input: { code: wrongCode(secret) } });
    expect(codeOf(wrong.errors)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields?.[0]).toEqual({
      field: 'code',
      message: 'Deze code klopt niet of is al gebruikt. Wacht op een nieuwe code in uw app en probeer het opnieuw.',
    });
    expect((await browser.data<{ me: unknown }>(ME)).me).toBeNull();

    // The code of the next step (a phone clock a little ahead) is accepted: a session starts.
    const nextCode = codeAt(secret, 1);
    const right = await browser.request<{ verifyLoginCode: { id: string } }>(VERIFY, { input: { code: nextCode } });
    expect(right.errors).toBeUndefined();
    expect(right.data?.verifyLoginCode.id).toBe(user.id);
    expect(right.headers.getSetCookie().join('\n')).toMatch(/dialoog_session=/);
    expect(browser.cookie('dialoog_login_code')).toBeUndefined();
    expect((await browser.data<{ me: { id: string } }>(ME)).me.id).toBe(user.id);

    // The same code again (another browser that knows the password) is refused: each step once.
    const thief = api.client(town.slug);
    expect(codeOf((await thief.request(LOGIN, { input: { email: user.email, password: user.password } })).errors)).toBe(
      'LOGIN_CODE_NEEDED',
    );
    expect(codeOf((await thief.request(VERIFY, { input: { code: nextCode } })).errors)).toBe('BAD_USER_INPUT');
    // So is the code of an earlier step.
    expect(codeOf((await thief.request(VERIFY, { input: { code: codeAt(secret) } })).errors)).toBe('BAD_USER_INPUT');
    expect((await thief.data<{ me: unknown }>(ME)).me).toBeNull();

    // A recovery code works once, typed in any case and with spaces; its use is audited.
    const typed = ` ${recoveryCodes[3].toUpperCase().replace('-', ' ')} `;
    const recovered = await thief.request<{ verifyLoginCode: { id: string } }>(VERIFY, { input: { code: typed } });
    expect(recovered.errors).toBeUndefined();
    expect((await thief.data<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    const again = api.client(town.slug);
    expect(codeOf((await again.request(LOGIN, { input: { email: user.email, password: user.password } })).errors)).toBe(
      'LOGIN_CODE_NEEDED',
    );
    expect(codeOf((await again.request(VERIFY, { input: { code: recoveryCodes[3] } })).errors)).toBe('BAD_USER_INPUT');
    expect((await browser.data<{ secondFactor: { unusedRecoveryCodes: number } }>(STATUS)).secondFactor.unusedRecoveryCodes).toBe(9);

    // Turning it off needs the password and a code.
    const noPassword = await browser.request(DISABLE, { input: { password: 'niet-mijn-wachtwoord-1', code: recoveryCodes[0] } });
    expect(noPassword.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('password');
    const noCode = await browser.request(DISABLE, { input: { password: user.password, code: wrongCode(secret) } });
    expect(noCode.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('code');
    await letTimePass(user);
    expect((await browser.request(DISABLE, { input: { password: user.password, code: codeAt(secret) } })).errors).toBeUndefined();
    expect((await browser.data<{ secondFactor: { enabled: boolean } }>(STATUS)).secondFactor.enabled).toBe(false);
    const plain = api.client(town.slug);
    expect((await plain.request(LOGIN, { input: { email: user.email, password: user.password } })).errors).toBeUndefined();

    const audit = await api.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [user.id]);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'user.second_factor_enabled',
      'user.second_factor_recovery_code_used',
      'user.second_factor_disabled',
    ]);
  });

  it('answers a wrong password the same with and without a second factor, and tells nothing before the password is right', async () => {
    const withFactor = await api.factories.createUser(town.id);
    await enrol(await api.signIn(withFactor, town.slug));
    const without = await api.factories.createUser(town.id);
    const a = await api.client(town.slug).request(LOGIN, { input: { email: withFactor.email, password: 'fout-wachtwoord-123' } });
    const b = await api.client(town.slug).request(LOGIN, { input: { email: without.email, password: 'fout-wachtwoord-123' } });
    expect(a.errors).toEqual(b.errors);
    expect(codeOf(a.errors)).toBe('UNAUTHENTICATED');
    expect(a.headers.getSetCookie()).toEqual([]);
  });

  it('a password-reset link is no second factor: the new password is saved, and logging in still needs the code', async () => {
    const user = await api.factories.createUser(town.id);
    const { secret } = await enrol(await api.signIn(user, town.slug));
    await api
      .client(town.slug)
      .data(`mutation($email: String!) { requestPasswordReset(email: $email) { message } }`, { email: user.email });
    const token = new URL((await api.latestMailTo(user.email)).links[0]).searchParams.get('token');
    const browser = api.client(town.slug);
    const reset = await browser.request(
      `mutation($token: String!) { resetPassword(token: $token, newPassword: "een nieuw lang wachtwoord") { id } }`,
      {
        token,
      },
    );
    expect(codeOf(reset.errors)).toBe('LOGIN_CODE_NEEDED');
    expect(reset.headers.getSetCookie().join('\n')).not.toMatch(/dialoog_session=/);
    expect((await browser.data<{ me: unknown }>(ME)).me).toBeNull();
    const signedIn = await browser.request<{ verifyLoginCode: { id: string } }>(VERIFY, { input: { code: codeAt(secret, 1) } });
    expect(signedIn.data?.verifyLoginCode.id).toBe(user.id);
    const again = await api.client(town.slug).request(LOGIN, { input: { email: user.email, password: 'een nieuw lang wachtwoord' } });
    expect(codeOf(again.errors)).toBe('LOGIN_CODE_NEEDED');
  });

  it('limits code attempts per account like password attempts: 5 a minute, then even the right code waits', async () => {
    const user = await api.factories.createUser(town.id);
    const { secret } = await enrol(await api.signIn(user, town.slug));
    await letTimePass(user);
    const browser = api.client(town.slug);
    expect(codeOf((await browser.request(LOGIN, { input: { email: user.email, password: user.password } })).errors)).toBe(
      'LOGIN_CODE_NEEDED',
    );
    for (let i = 0; i < 5; i++) {
      expect(codeOf((await browser.request(VERIFY, { input: { code: wrongCode(secret) } })).errors)).toBe('BAD_USER_INPUT');
    }
    const locked = await browser.request(VERIFY, { input: { code: codeAt(secret) } });
    expect(codeOf(locked.errors)).toBe('RATE_LIMITED');
    expect(locked.headers.get('retry-after')).toBe('60');
    expect((await browser.data<{ me: unknown }>(ME)).me).toBeNull();
    // A new pending login (another browser) does not reset the account's count.
    const other = api.client(town.slug);
    expect(codeOf((await other.request(LOGIN, { input: { email: user.email, password: user.password } })).errors)).toBe(
      'LOGIN_CODE_NEEDED',
    );
    expect(codeOf((await other.request(VERIFY, { input: { code: codeAt(secret) } })).errors)).toBe('RATE_LIMITED');
  });

  it('without a pending login (or with an expired or forged one) verifyLoginCode refuses', async () => {
    const result = await api.client(town.slug).request(VERIFY, { input: { code: '123456' } });
    expect(codeOf(result.errors)).toBe('UNAUTHENTICATED');
    const forged = api.client(town.slug);
    forged.setCookie('dialoog_login_code', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA');
    expect(codeOf((await forged.request(VERIFY, { input: { code: '123456' } })).errors)).toBe('UNAUTHENTICATED');
  });

  describe('the municipality requires a second factor for staff', () => {
    let policyTown: TestMunicipality;
    let admin: TestUser;
    let adminClient: GraphqlClient;

    beforeAll(async () => {
      policyTown = await api.factories.createMunicipality();
      admin = await api.factories.createUser(policyTown.id, { role: 'admin', password: 'een-heel-lang-beheerderswachtwoord' });
      adminClient = await api.signIn(admin, policyTown.slug);
    });

    it('an admin must have a second factor before requiring it; the change is audited; only admins may change it', async () => {
      const refused = await adminClient.request(POLICY, { required: true });
      expect(codeOf(refused.errors)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toMatch(/Zet eerst voor uw eigen account de tweede stap aan/);
      await enrol(adminClient);
      expect(await adminClient.data(POLICY, { required: true })).toEqual({
        setSecondFactorRequiredForStaff: { requiredForStaff: true, enabled: true },
      });
      const facilitator = await api.factories.createUser(policyTown.id, {
        role: 'facilitator',
        password: 'een-heel-lang-medewerkerswachtwoord',
      });
      const notAdmin = await api.signIn(facilitator, policyTown.slug);
      expect(codeOf((await notAdmin.request(POLICY, { required: false })).errors)).toBe('SECOND_FACTOR_REQUIRED');
      const audit = await api.db.query<{ action: string; summary: unknown }>(
        `SELECT action, summary FROM audit_log WHERE target_type = 'municipality' AND target_id = $1`,
        [policyTown.id],
      );
      expect(audit.rows).toEqual([{ action: 'municipality.second_factor_policy_changed', summary: { from: false, to: true } }]);
    });

    it('a facilitator without a second factor gets a session that can only enrol; after enrolling, full access', async () => {
      const facilitator = await api.factories.createUser(policyTown.id, {
        role: 'facilitator',
        password: 'een-heel-lang-medewerkerswachtwoord',
      });
      const resident = await api.factories.createUser(policyTown.id);
      const submitted = await api.factories.createInitiative(policyTown.id, { authorId: resident.id, status: 'submitted' });
      const client = await api.signIn(facilitator, policyTown.slug);

      expect((await client.data<{ me: { role: string } }>(ME)).me.role).toBe('FACILITATOR');
      const inbox = await client.request(INBOX, {}, { 'accept-language': 'en' });
      expect(codeOf(inbox.errors)).toBe('SECOND_FACTOR_REQUIRED');
      expect(inbox.errors?.[0]?.message).toBe(
        'Your municipality requires two-step login for staff. Set it up first under Security; then you can carry on.',
      );
      expect(codeOf((await client.request(UNREAD)).errors)).toBe('SECOND_FACTOR_REQUIRED');
      // No staff powers in public fields either: a submitted initiative stays out of sight.
      expect(codeOf((await client.request(INITIATIVE, { id: submitted.id })).errors)).toBe('NOT_FOUND');
      expect(await client.data(STATUS)).toEqual({
        secondFactor: { enabled: false, unusedRecoveryCodes: 0, requiredForStaff: true, mustEnrol: true },
      });

      const { secret, recoveryCodes } = await enrol(client);
      expect((await client.data<{ inbox: { totalCount: number } }>(INBOX)).inbox.totalCount).toBeGreaterThanOrEqual(1);
      expect((await client.data<{ initiative: { status: string } }>(INITIATIVE, { id: submitted.id })).initiative.status).toBe('SUBMITTED');
      expect((await client.data<{ secondFactor: { mustEnrol: boolean } }>(STATUS)).secondFactor.mustEnrol).toBe(false);

      // While the municipality requires it, staff cannot turn it off.
      const off = await client.request(DISABLE, { input: { password: facilitator.password, code: recoveryCodes[0] } });
      expect(codeOf(off.errors)).toBe('FORBIDDEN');
      expect(off.errors?.[0]?.message).toMatch(/verplicht de tweede stap voor medewerkers/);

      // From now on logging in needs the code.
      const browser = api.client(policyTown.slug);
      const login = await browser.request(LOGIN, { input: { email: facilitator.email, password: facilitator.password } });
      expect(codeOf(login.errors)).toBe('LOGIN_CODE_NEEDED');
      await browser.data(VERIFY, { input: { code: codeAt(secret, 1) } });
      expect((await browser.data<{ inbox: { totalCount: number } }>(INBOX)).inbox.totalCount).toBeGreaterThanOrEqual(1);
    });

    it('residents are not affected, and the role a person holds stays as it is', async () => {
      const resident = await api.factories.createUser(policyTown.id);
      const client = await api.signIn(resident, policyTown.slug);
      expect((await client.data<{ unreadNotificationCount: number }>(UNREAD)).unreadNotificationCount).toBe(0);
      expect((await client.data<{ secondFactor: { mustEnrol: boolean } }>(STATUS)).secondFactor.mustEnrol).toBe(false);
      const facilitator = await api.factories.createUser(policyTown.id, {
        role: 'facilitator',
        password: 'een-heel-lang-medewerkerswachtwoord',
      });
      await api.signIn(facilitator, policyTown.slug);
      const { rows } = await api.db.query<{ role: string }>(`SELECT role FROM app_user WHERE id = $1`, [facilitator.id]);
      expect(rows[0].role).toBe('facilitator');
    });

    it('switching the policy off gives staff without a second factor their full access back at once', async () => {
      const facilitator = await api.factories.createUser(policyTown.id, {
        role: 'facilitator',
        password: 'een-heel-lang-medewerkerswachtwoord',
      });
      const client = await api.signIn(facilitator, policyTown.slug);
      expect(codeOf((await client.request(INBOX)).errors)).toBe('SECOND_FACTOR_REQUIRED');
      await adminClient.data(POLICY, { required: false });
      expect((await client.request(INBOX)).errors).toBeUndefined();
      await adminClient.data(POLICY, { required: true });
    });
  });
});
