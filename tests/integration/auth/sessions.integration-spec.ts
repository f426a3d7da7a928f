import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality } from '../../support/factories.js';

const ME = `{ me { id } }`;
const DISABLE = `mutation($id: ID!) { disableUser(userId: $id) { id } }`;
const ENABLE = `mutation($id: ID!) { enableUser(userId: $id) { id } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;

describe('session lifetime: staff idle timeout, absolute lifetime, disabled accounts', () => {
  let api: ApiHarness;
  let town: TestMunicipality;

  beforeAll(async () => {
    // Residents' idle limit follows the token lifetime (here 2 hours); staff stay at 30 minutes.
    api = await startApi({ sessionTokenMinutes: 120 });
    town = await api.factories.createMunicipality();
  });
  afterAll(() => api.close());

  const idle = (userId: string, minutes: number) =>
    api.db.query(`UPDATE user_session SET last_seen_at = now() - make_interval(mins => $2) WHERE user_id = $1`, [userId, minutes]);

  it('ends a staff session after 30 idle minutes, and keeps a resident signed in', async () => {
    const facilitator = await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-met-lang-wachtwoord' });
    const resident = await api.factories.createUser(town.id);
    const staffClient = await api.signIn(facilitator, town.slug);
    const residentClient = await api.signIn(resident, town.slug);

    await idle(facilitator.id, 29);
    expect((await staffClient.data<{ me: unknown }>(ME)).me).not.toBeNull();
    await idle(facilitator.id, 31);
    expect((await staffClient.data<{ me: unknown }>(ME)).me).toBeNull();

    await idle(resident.id, 60);
    expect((await residentClient.data<{ me: { id: string } }>(ME)).me.id).toBe(resident.id);
  });

  it('gives every session an absolute lifetime of 12 hours, however active it is', async () => {
    const resident = await api.factories.createUser(town.id);
    const client = await api.signIn(resident, town.slug);
    const { rows } = await api.db.query<{ hours: number }>(
      `SELECT extract(epoch FROM expires_at - created_at)::int / 3600 AS hours FROM user_session WHERE user_id = $1`,
      [resident.id],
    );
    expect(rows).toEqual([{ hours: 12 }]);
    await api.db.query(`UPDATE user_session SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE user_id = $1`, [
      resident.id,
    ]);
    expect((await client.data<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('an admin disables an account: its sessions end at once, login is refused like a wrong password, and it is audited', async () => {
    const admin = await api.factories.createUser(town.id, { role: 'admin', password: 'beheerder-met-een-lang-wachtwoord' });
    const resident = await api.factories.createUser(town.id);
    const adminClient = await api.signIn(admin, town.slug);
    const residentClient = await api.signIn(resident, town.slug);
    const copied = residentClient.clone();

    const result = await adminClient.request(DISABLE, { id: resident.id });
    expect(result.errors).toBeUndefined();
    expect((await residentClient.data<{ me: unknown }>(ME)).me).toBeNull();
    expect((await copied.data<{ me: unknown }>(ME)).me).toBeNull();
    const login = await api.client(town.slug).request(LOGIN, { input: { email: resident.email, password: resident.password } });
    expect(login.errors?.[0]?.message).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    const { rows } = await api.db.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1 ORDER BY id`, [resident.id]);
    expect(rows).toEqual([{ action: 'user.disabled', actor_id: admin.id }]);

    await adminClient.data(ENABLE, { id: resident.id });
    await api.signIn(resident, town.slug);
  });

  it('only admins disable accounts, and not their own', async () => {
    const admin = await api.factories.createUser(town.id, { role: 'admin', password: 'beheerder-met-een-lang-wachtwoord' });
    const facilitator = await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-met-lang-wachtwoord' });
    const adminClient = await api.signIn(admin, town.slug);
    expect((await adminClient.request(DISABLE, { id: admin.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const staffClient = await api.signIn(facilitator, town.slug);
    expect((await staffClient.request(DISABLE, { id: admin.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await api.factories.createMunicipality();
    const stranger = await api.factories.createUser(other.id);
    expect((await adminClient.request(DISABLE, { id: stranger.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
