// The map (issue 3, item 7): many initiatives are grouped into numbered cluster buttons, the list under
// the map stays the keyboard and screen reader way, neighbourhood boundaries (with names) can be turned
// off and on, and in the initiative form an address search places the pin. Tiles and the geocoder come
// from a small local server (there is no network here), so the server's CSP allows exactly that origin:
// the pages must not log a single CSP violation or error. Every page state visited passes axe.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, startE2eApp } from '../support/e2e-harness.js';
import { activeElementInfo, logInThroughUi, openPage, waitForHeading, type OpenedPage } from './e2e-helpers.js';

type E2eApp = Awaited<ReturnType<typeof startE2eApp>>;

/** A 1×1 transparent PNG: every map tile. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** PDOK Locatieserver-shaped answers, by what is typed. */
const ADDRESSES = [
  { id: 'adr-1', weergavenaam: 'Marktplein 1, 3511AB Testgemeente', centroide_ll: 'POINT(5.11234 52.10123)' },
  { id: 'adr-2', weergavenaam: 'Marktplein 12, 3511AB Testgemeente', centroide_ll: 'POINT(5.11456 52.10345)' },
  { id: 'kapot', weergavenaam: 'Zonder punt 1, Testgemeente', centroide_ll: 'geen punt' },
];

/** Tiles on /tiles/…, the geocoder on /free?q=…; "storing" makes the geocoder fail. */
function startMapServer(): Promise<{ server: Server; origin: string; queries: string[] }> {
  const queries: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/tiles/')) {
      res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(TILE);
      return;
    }
    if (url.pathname === '/free') {
      const q = url.searchParams.get('q') ?? '';
      queries.push(q);
      if (q === 'storing') {
        res.writeHead(503, { 'access-control-allow-origin': '*' }).end();
        return;
      }
      const docs = q.toLowerCase().includes('marktplein') ? ADDRESSES : [];
      res
        .writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
        .end(JSON.stringify({ response: { numFound: docs.length, start: 0, docs } }));
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}`, queries });
    });
  });
}

/** A square around a point, as a GeoJSON polygon ([lng, lat]). */
function square(lat: number, lng: number, half: number): object {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lng - half, lat - half],
        [lng + half, lat - half],
        [lng + half, lat + half],
        [lng - half, lat + half],
        [lng - half, lat - half],
      ],
    ],
  };
}

/** 20 initiatives within ~250 m of the map's default centre, 8 about 3 km east, one on its own. */
const GROUP_A = Array.from({ length: 20 }, (_, i) => ({ lat: 52.099 + Math.floor(i / 5) * 0.0005, lng: 5.1085 + (i % 5) * 0.0008 }));
const GROUP_B = Array.from({ length: 8 }, (_, i) => ({ lat: 52.1 + Math.floor(i / 4) * 0.0005, lng: 5.155 + (i % 4) * 0.0008 }));
const ALONE = { lat: 52.093, lng: 5.075 };
const ALONE_TITLE = 'Een bankje bij de vijver';

describe('the map: clusters, boundaries and address search', () => {
  let app: E2eApp;
  let browser: Browser;
  let mapServer: Awaited<ReturnType<typeof startMapServer>>;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    mapServer = await startMapServer();
    app = await startE2eApp({
      mapTileUrl: `${mapServer.origin}/tiles/{z}/{x}/{y}.png`,
      geocoderUrl: `${mapServer.origin}/free?q={query}&rows=5&fq=type:adres`,
    });
    browser = await launchBrowser();
    const [centrum, noord, zuid] = app.municipality.neighbourhoodIds;
    for (const [id, lat] of [
      [centrum, 52.1],
      [noord, 52.13],
      [zuid, 52.07],
    ] as const) {
      await app.sql(`UPDATE neighbourhood SET boundary = $2 WHERE id = $1`, [id, JSON.stringify(square(lat, 5.11, 0.015))]);
    }
    const author = await app.factories.createUser();
    const places = [
      ...GROUP_A.map((point, i) => ({ ...point, title: `Buurtinitiatief A${i + 1}` })),
      ...GROUP_B.map((point, i) => ({ ...point, title: `Buurtinitiatief B${i + 1}` })),
      { ...ALONE, title: ALONE_TITLE },
    ];
    for (const place of places) {
      const initiative = await app.factories.createInitiative({ authorId: author.id, title: place.title });
      await app.sql(`UPDATE initiative SET lat = $2, lng = $3 WHERE id = $1`, [initiative.id, place.lat, place.lng]);
    }
  });

  afterAll(async () => {
    for (const { context } of opened) {
      await context.close();
    }
    await browser?.close();
    await app?.close();
    await new Promise((resolve) => mapServer?.server.close(resolve));
  });

  async function open(): Promise<OpenedPage> {
    const page = await openPage(browser, app.baseUrl);
    opened.push(page);
    return page;
  }

  /** Presses Tab until `done` holds for the focused element (at most `limit` times); returns the presses. */
  async function tabUntil(page: Page, done: (focused: Awaited<ReturnType<typeof activeElementInfo>>) => boolean, limit = 60) {
    for (let presses = 1; presses <= limit; presses++) {
      await page.keyboard.press('Tab');
      if (done(await activeElementInfo(page))) {
        return presses;
      }
    }
    throw new Error(`Focus did not get there in ${limit} presses of Tab`);
  }

  it('groups nearby initiatives into numbered buttons, keeps the list reachable by keyboard and zooms in on a group', async () => {
    const { page, pageErrors } = await open();
    await page.goto('/initiatieven?weergave=kaart');
    const map = page.getByRole('region', { name: 'Kaart met initiatieven' });
    await map.waitFor();
    await page.getByRole('status').getByText('29 initiatieven op dit deel van de kaart').waitFor();

    // Two groups as cluster icons, with their number and a name that says what they are; the lone one is a marker.
    const groupA = map.getByRole('button', { name: '20 initiatieven hier. Zoom in om ze te zien.' });
    const groupB = map.getByRole('button', { name: '8 initiatieven hier. Zoom in om ze te zien.' });
    await groupA.waitFor();
    await groupB.waitFor();
    expect((await groupA.textContent())?.startsWith('20')).toBe(true);
    expect(await map.locator('.marker-cluster').count()).toBe(2);
    await map.getByRole('button', { name: ALONE_TITLE }).waitFor();
    expect(await map.locator('.dialoog-marker').count()).toBe(1);
    // Every initiative in view is also in the list under the map.
    expect(await page.locator('.dialoog-map-list').getByRole('link').count()).toBe(29);

    // Neighbourhood boundaries with their names, under a checkbox that turns them off and on.
    const labels = map.locator('.dialoog-boundary-label');
    await labels.filter({ hasText: 'Centrum' }).waitFor();
    expect(await labels.count()).toBe(3);
    expect(await map.locator('path.dialoog-boundary').count()).toBe(3);
    await expectAccessible(page);

    // From the map, Tab reaches the boundary checkbox and then the list of the same initiatives.
    await map.focus();
    await tabUntil(page, (focused) => focused.tag === 'input' && focused.text === '');
    const toggle = page.getByRole('checkbox', { name: 'Buurtgrenzen en buurtnamen tonen' });
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(false);
    await labels.first().waitFor({ state: 'detached' });
    expect(await map.locator('path.dialoog-boundary').count()).toBe(0);
    await page.keyboard.press('Space');
    await labels.filter({ hasText: 'Noord' }).waitFor();
    await tabUntil(page, (focused) => focused.tag === 'a' && focused.text.startsWith('Buurtinitiatief'), 5);

    // A group is a button: Enter zooms in on it, and the list follows the part of the map in view.
    await groupA.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('20 initiatieven op dit deel van de kaart').waitFor();
    await groupA.waitFor({ state: 'detached' });
    await groupB.waitFor({ state: 'detached' });
    expect(
      await page
        .locator('.dialoog-map-list')
        .getByRole('link', { name: /Buurtinitiatief B/ })
        .count(),
    ).toBe(0);
    await expectAccessible(page);

    // The tiles came from the configured server; nothing was refused by the CSP or went wrong otherwise.
    expect(pageErrors).toEqual([]);
  });

  it('finds an address in the initiative form, puts the pin there and saves that place', async () => {
    const resident = await app.factories.createUser({ password: 'een-lang-wachtwoord' });
    const { page, pageErrors } = await open();
    await logInThroughUi(page, resident);
    await page.goto('/initiatieven/nieuw');
    await waitForHeading(page, 'Start een initiatief');
    await page.getByLabel('Titel').fill('Bloembakken op het Marktplein');
    await page.getByLabel('Korte samenvatting').fill('Meer groen voor de winkels.');
    await page.getByLabel('Beschrijving').fill('We zetten tien bloembakken neer.');
    await page.getByRole('region', { name: 'Kaart om een speld te plaatsen' }).waitFor();
    const address = page.getByRole('searchbox', { name: 'Zoek een adres' });
    const status = page.locator('.dialoog-address-search').getByRole('status');

    // Nothing typed: a field error, and no request.
    await page.getByRole('button', { name: 'Adres zoeken' }).click();
    await page.getByText('Typ eerst een adres.').waitFor();
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    expect(mapServer.queries).toEqual([]);

    // The geocoder fails: an alert, the form stays usable.
    await address.fill('storing');
    await address.press('Enter');
    await page.getByRole('alert').getByText('Zoeken lukt nu niet.', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/initiatieven/nieuw');

    // Nothing found (searched with the button, by keyboard: focus stays on it).
    await address.fill('Nergensstraat 99');
    await page.getByRole('button', { name: 'Adres zoeken' }).focus();
    await page.keyboard.press('Enter');
    await status.getByText('Geen adres gevonden.', { exact: false }).waitFor();
    expect((await activeElementInfo(page)).text).toBe('Adres zoeken');

    // Enter searches (and does not submit the initiative form); matches without a point are left out.
    await address.fill('Marktplein 12');
    await address.press('Enter');
    await status.getByText('2 adressen gevonden. Kies het goede adres in de lijst.').waitFor();
    expect(mapServer.queries.at(-1)).toBe('Marktplein 12');
    expect(new URL(page.url()).pathname).toBe('/initiatieven/nieuw');
    const results = page.getByRole('list', { name: 'Gevonden adressen' });
    expect(await results.getByRole('button').allTextContents()).toEqual([
      'Marktplein 1, 3511AB Testgemeente',
      'Marktplein 12, 3511AB Testgemeente',
    ]);
    await expectAccessible(page);

    // Choosing by keyboard: the pin moves there, it is announced, and focus returns to the field.
    await results.getByRole('button', { name: 'Marktplein 12, 3511AB Testgemeente' }).focus();
    await page.keyboard.press('Enter');
    await status.getByText('De speld staat nu op Marktplein 12, 3511AB Testgemeente.').waitFor();
    expect(await page.getByLabel('Breedtegraad').inputValue()).toBe('52.10345');
    expect(await page.getByLabel('Lengtegraad').inputValue()).toBe('5.11456');
    expect((await activeElementInfo(page)).tag).toBe('input');
    expect(await address.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.locator('.dialoog-location .dialoog-marker').waitFor();
    expect(await results.count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await waitForHeading(page, 'Bloembakken op het Marktplein');
    await page.getByText('52.10345, 5.11456').waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    const [saved] = (await app.sql(
      `SELECT i.lat, i.lng, n.name AS neighbourhood FROM initiative i LEFT JOIN neighbourhood n ON n.id = i.neighbourhood_id WHERE i.id = $1`,
      [id],
    )) as Array<{ lat: number; lng: number; neighbourhood: string | null }>;
    expect(saved).toEqual({ lat: 52.10345, lng: 5.11456, neighbourhood: 'Centrum' });
    expect(pageErrors).toEqual([]);
  });
});
