import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../apps/api/src/config/app-config.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality } from '../../support/factories.js';

const MAP = `{ municipality { mapTileUrl geocoderUrl } }`;
const GEOCODER = 'https://geo.example.test/search/free?q={query}&rows=5&fq=type:adres';
const TILES = 'https://tiles.example.test/{z}/{x}/{y}.png';

/** The map settings reach the web app through `municipality`, and their origins (only theirs) the CSP. */
describe('map settings: tile and geocoder URL in the API and the Content-Security-Policy', () => {
  async function cspOf(api: ApiHarness, slug: string): Promise<Record<string, string>> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-municipality': slug },
      body: JSON.stringify({ query: MAP }),
    });
    const header = response.headers.get('content-security-policy') ?? '';
    return Object.fromEntries(
      header
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    );
  }

  describe('with a geocoder', () => {
    let api: ApiHarness;
    let town: TestMunicipality;
    beforeAll(async () => {
      api = await startApi({ mapTileUrl: TILES, geocoderUrl: GEOCODER });
      town = await api.factories.createMunicipality();
    });
    afterAll(() => api.close());

    it('gives both templates to anyone and allows exactly their origins', async () => {
      const data = await api.client(town.slug).data<{ municipality: { mapTileUrl: string; geocoderUrl: string | null } }>(MAP);
      expect(data.municipality).toEqual({ mapTileUrl: TILES, geocoderUrl: GEOCODER });
      const csp = await cspOf(api, town.slug);
      expect(csp['connect-src']).toBe("'self' https://geo.example.test");
      expect(csp['img-src']).toBe("'self' data: https://tiles.example.test");
      expect(csp['style-src']).toBe("'self'");
    });
  });

  describe('without a geocoder', () => {
    let api: ApiHarness;
    let town: TestMunicipality;
    beforeAll(async () => {
      api = await startApi({ mapTileUrl: TILES });
      town = await api.factories.createMunicipality();
    });
    afterAll(() => api.close());

    it('answers null and keeps connect-src to the app itself', async () => {
      const data = await api.client(town.slug).data<{ municipality: { geocoderUrl: string | null } }>(MAP);
      expect(data.municipality.geocoderUrl).toBeNull();
      expect((await cspOf(api, town.slug))['connect-src']).toBe("'self'");
    });
  });

  it('refuses a GEOCODER_URL that is not an http(s) template with {query}, and treats an empty one as unset', () => {
    const env = { DATABASE_URL: 'postgres://unused', JWT_SECRET: 'x' };
    expect(() => loadConfig({ ...env, GEOCODER_URL: 'https://geo.example.test/search?q=' })).toThrow(/GEOCODER_URL/);
    expect(() => loadConfig({ ...env, GEOCODER_URL: 'javascript:alert(1)//{query}' })).toThrow(/GEOCODER_URL/);
    expect(loadConfig({ ...env, GEOCODER_URL: '' }).geocoderUrl).toBeUndefined();
    expect(loadConfig({ ...env, GEOCODER_URL: GEOCODER }).geocoderUrl).toBe(GEOCODER);
  });
});
