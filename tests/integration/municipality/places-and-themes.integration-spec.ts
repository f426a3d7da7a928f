import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';

const SAVE = `mutation($id: ID, $input: NeighbourhoodInput!) { saveNeighbourhood(id: $id, input: $input) { id name code } }`;

describe('admins manage neighbourhoods and themes', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let admin: GraphqlClient;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    admin = await api.signIn(await api.factories.createUser(town.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }), town.slug);
  });
  afterAll(() => api.close());

  it('adds, renames and retires a neighbourhood; a retired one stays on old initiatives but leaves the choice list', async () => {
    const added = await admin.data<{ saveNeighbourhood: { id: string } }>(SAVE, { input: { name: 'Nieuwbouw', code: 'BU99991234' } });
    const id = added.saveNeighbourhood.id;
    const renamed = await admin.data<{ saveNeighbourhood: { name: string } }>(SAVE, {
      id,
      input: { name: 'Nieuwbouw-Oost', code: 'BU99991234' },
    });
    expect(renamed.saveNeighbourhood.name).toBe('Nieuwbouw-Oost');
    const author = await api.factories.createUser(town.id);
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, neighbourhoodId: id });
    await admin.data(`mutation($id: ID!) { retireNeighbourhood(id: $id) { id } }`, { id });
    const choices = await api
      .client(town.slug)
      .data<{ municipality: { neighbourhoods: Array<{ id: string }> } }>(`{ municipality { neighbourhoods { id } } }`);
    expect(choices.municipality.neighbourhoods.map((n) => n.id)).not.toContain(id);
    const detail = await api
      .client(town.slug)
      .data<{ initiative: { neighbourhood: { name: string } } }>(`query($id: ID!) { initiative(id: $id) { neighbourhood { name } } }`, {
        id: initiative.id,
      });
    expect(detail.initiative.neighbourhood.name).toBe('Nieuwbouw-Oost');
    const { rows } = await api.db.query(`SELECT action, summary FROM audit_log WHERE target_id = $1 ORDER BY id`, [id]);
    expect(rows.map((r) => r.action)).toEqual(['neighbourhood.added', 'neighbourhood.changed', 'neighbourhood.retired']);
    // The change records the name it had before, not the new name twice.
    expect(rows[1].summary).toEqual({ before: { name: 'Nieuwbouw' }, after: { name: 'Nieuwbouw-Oost' } });
  });

  it('refuses a duplicate code, a bad code and a boundary that is not GeoJSON', async () => {
    await admin.data(SAVE, { input: { name: 'Eerste', code: 'BU99990077' } });
    const duplicate = await admin.request(SAVE, { input: { name: 'Tweede', code: 'BU99990077' } });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const badCode = await admin.request(SAVE, { input: { name: 'Derde', code: 'buurt 3' } });
    expect(badCode.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('code');
    const badShape = await admin.request(SAVE, {
      input: { name: 'Vierde', code: 'BU99990078', boundary: { type: 'Point', coordinates: [5, 52] } },
    });
    expect(badShape.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('boundary');
  });

  it('adds a theme; only admins may', async () => {
    const theme = await admin.data<{ saveTheme: { slug: string } }>(
      `mutation { saveTheme(input: { name: "Sport", slug: "sport", icon: "ball" }) { slug } }`,
    );
    expect(theme.saveTheme.slug).toBe('sport');
    const facilitator = await api.signIn(
      await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      town.slug,
    );
    const refused = await facilitator.request(`mutation { saveTheme(input: { name: "Muziek", slug: "muziek", icon: "note" }) { slug } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
