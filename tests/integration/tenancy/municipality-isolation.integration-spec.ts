import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';

const LIST = `{ initiatives(first: 100) { totalCount edges { node { id title } } } }`;

describe('municipalities are isolated from each other', () => {
  let api: ApiHarness;
  let north: TestMunicipality;
  let south: TestMunicipality;
  let northResident: TestUser;
  let southFacilitator: TestUser;
  let northInitiative: { id: string };
  let northDraft: { id: string };

  beforeAll(async () => {
    api = await startApi();
    north = await api.factories.createMunicipality({ slug: 'noordstad' });
    south = await api.factories.createMunicipality({ slug: 'zuidstad' });
    northResident = await api.factories.createUser(north.id);
    southFacilitator = await api.factories.createUser(south.id, { role: 'facilitator', password: 'zuid-facilitator-wachtwoord' });
    northInitiative = await api.factories.createInitiative(north.id, { authorId: northResident.id, status: 'published' });
    northDraft = await api.factories.createInitiative(north.id, { authorId: northResident.id, status: 'draft' });
    const southResident = await api.factories.createUser(south.id);
    await api.factories.createInitiative(south.id, { authorId: southResident.id, status: 'published' });
  });
  afterAll(() => api.close());

  it('lists only the initiatives of the requested municipality', async () => {
    const northList = await api
      .client('noordstad')
      .data<{ initiatives: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(LIST);
    const southList = await api
      .client('zuidstad')
      .data<{ initiatives: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(LIST);
    expect(northList.initiatives.edges.map((e) => e.node.id)).toEqual([northInitiative.id]);
    expect(southList.initiatives.totalCount).toBe(1);
    expect(southList.initiatives.edges.map((e) => e.node.id)).not.toContain(northInitiative.id);
  });

  it('does not show an initiative of another municipality by id, not even to its staff', async () => {
    const facilitator = await api.signIn(southFacilitator, 'zuidstad');
    for (const id of [northInitiative.id, northDraft.id]) {
      const result = await facilitator.request(`query($id: ID!) { initiative(id: $id) { title } }`, { id });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('a session of one municipality is worthless in another (no token replay)', async () => {
    const northClient = await api.signIn(northResident, 'noordstad');
    const replay = api.client('zuidstad');
    replay.setCookie('dialoog_session', northClient.cookie('dialoog_session')!);
    expect((await replay.data<{ me: unknown }>(`{ me { id } }`)).me).toBeNull();
    const create = await replay.request(
      `mutation { createInitiative(input: { title: "Via de achterdeur", summary: "", description: "" }) { id } }`,
    );
    expect(create.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('cannot change another municipality’s initiative or use its neighbourhoods', async () => {
    const facilitator = await api.signIn(southFacilitator, 'zuidstad');
    const submit = await facilitator.request(`mutation($id: ID!) { submitInitiative(id: $id) { id } }`, { id: northDraft.id });
    expect(submit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const create = await facilitator.request(`mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`, {
      input: { title: 'Buurt van een ander', summary: '', description: '', neighbourhoodId: north.neighbourhoodIds[0] },
    });
    expect(create.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(create.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('neighbourhoodId');
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM initiative WHERE title = 'Buurt van een ander'`);
    expect(rows[0].n).toBe(0);
  });

  it('the same e-mail address can have separate accounts in two municipalities', async () => {
    await api.factories.createUser(north.id, { email: 'dubbel@example.org' });
    await api.factories.createUser(south.id, { email: 'dubbel@example.org', password: 'een-ander-lang-wachtwoord' });
    const login = await api
      .client('zuidstad')
      .request(`mutation { login(input: { email: "dubbel@example.org", password: "een-heel-lang-testwachtwoord-42" }) { id } }`);
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an unknown municipality is refused clearly', async () => {
    const result = await api.client('bestaat-niet').request(LIST);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toBe('Deze gemeente kennen we niet.');
  });
});
