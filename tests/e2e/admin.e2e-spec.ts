// Issue 3, items 5 and 8: the admins' screens. An admin adds, renames and retires a theme and a
// neighbourhood (with GeoJSON checks), sets the matching rules and a budget, hides an initiative and
// finds all of it in the audit log, filtered by item or person through the address. A facilitator
// reads that the pages are only for admins. Every admin page passes axe (WCAG 2.2 AA).
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/e2e-harness.js';
import {
  activeElementInfo,
  horizontalOverflow,
  logInThroughUi,
  openPage,
  unexpectedPageErrors,
  waitForHeading,
  withAdminAndFacilitator,
} from './e2e-helpers.js';

const POLYGON = '{"type":"Polygon","coordinates":[[[5.10,52.09],[5.12,52.09],[5.12,52.10],[5.10,52.09]]]}';

describe('admin screens', () => {
  const env = withAdminAndFacilitator();

  /** The success message in the page's polite live region. */
  async function success(page: Page, text: string): Promise<void> {
    await page.getByRole('status').getByText(text).waitFor();
  }

  it('tells a facilitator that the admin pages are only for admins', async () => {
    const { page } = env.staffPage;
    await logInThroughUi(page, env.facilitator);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Beheer', exact: true }).count()).toBe(0);
    for (const [path, title] of [
      ['/beheer', 'Beheer'],
      ['/beheer/logboek', 'Logboek'],
      ['/beheer/buurten-en-themas', 'Buurten en thema’s'],
      ['/beheer/matching', 'Matching'],
    ]) {
      await page.goto(path);
      await waitForHeading(page, title);
      await page.getByText('Deze pagina is alleen voor beheerders van de gemeente.', { exact: false }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      await expectAccessible(page);
    }
  });

  it('adds, renames and retires a theme and a neighbourhood, with clear GeoJSON errors', async () => {
    const { page } = env.adminPage;
    await logInThroughUi(page, env.admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Beheer', exact: true }).click();
    await waitForHeading(page, 'Beheer');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Buurten en thema’s beheren' }).click();
    await waitForHeading(page, 'Buurten en thema’s');
    const themes = page.getByRole('table', { name: 'Thema’s die bewoners kunnen kiezen' });
    await themes.getByRole('rowheader', { name: 'Groen' }).waitFor();
    await expectAccessible(page);

    // --- A theme: add, rename, retire.
    const addTheme = page.getByRole('form', { name: 'Thema toevoegen' });
    await addTheme.getByLabel('Naam', { exact: true }).fill('Sport en bewegen');
    await addTheme.getByLabel('Korte naam in de link').fill('Sport!');
    await addTheme.getByRole('button', { name: 'Toevoegen' }).click();
    await addTheme.getByRole('alert').getByText('Gebruik alleen kleine letters, cijfers en streepjes', { exact: false }).waitFor();
    await addTheme.getByLabel('Korte naam in de link').fill('sport');
    await addTheme.getByRole('button', { name: 'Toevoegen' }).click();
    await success(page, 'Thema ‘Sport en bewegen’ is toegevoegd.');
    await themes.getByRole('rowheader', { name: 'Sport en bewegen' }).waitFor();
    expect(await addTheme.getByLabel('Naam', { exact: true }).inputValue()).toBe('');

    await themes.getByRole('button', { name: 'Aanpassen: Sport en bewegen' }).click();
    const editTheme = page.getByRole('form', { name: 'Thema ‘Sport en bewegen’ aanpassen' });
    expect(await activeElementInfo(page)).toMatchObject({ tag: 'input' });
    expect(await editTheme.getByLabel('Korte naam in de link').inputValue()).toBe('sport');
    await editTheme.getByLabel('Naam', { exact: true }).fill('Sport');
    await editTheme.getByRole('button', { name: 'Opslaan' }).click();
    await success(page, 'Thema ‘Sport’ is opgeslagen.');
    await themes.getByRole('rowheader', { name: 'Sport', exact: true }).waitFor();

    await themes.getByRole('button', { name: 'Stoppen: Sport' }).click();
    await page.getByText('Oude initiatieven houden het thema.', { exact: false }).first().waitFor();
    expect((await activeElementInfo(page)).text).toBe('Ja, stoppen');
    await expectAccessible(page);
    await themes.getByRole('button', { name: 'Ja, stoppen' }).click();
    await success(page, 'U bent gestopt met thema ‘Sport’. Oude initiatieven houden het thema.');
    await themes.getByRole('rowheader', { name: 'Sport', exact: true }).waitFor({ state: 'detached' });

    // --- A neighbourhood, typed with the keyboard: bad JSON, then a shape the API refuses, then a polygon.
    const neighbourhoods = page.getByRole('table', { name: 'Buurten die bewoners kunnen kiezen' });
    const addPlace = page.getByRole('form', { name: 'Buurt toevoegen' });
    await addPlace.getByLabel('Naam', { exact: true }).focus();
    await page.keyboard.type('Nieuwbouw');
    await page.keyboard.press('Tab');
    await page.keyboard.type('BU99990001');
    await page.keyboard.press('Tab');
    await page.keyboard.type('{"type": "Polygon"');
    await page.keyboard.press('Tab');
    expect((await activeElementInfo(page)).text).toBe('Toevoegen');
    await page.keyboard.press('Enter');
    await addPlace.getByRole('alert').getByText('De grens is geen geldige GeoJSON.', { exact: false }).waitFor();
    expect(await activeElementInfo(page)).toMatchObject({ role: 'alert' });
    await addPlace.getByLabel('Grens (GeoJSON)').fill('{"type":"Point","coordinates":[5.1,52.1]}');
    await addPlace.getByRole('button', { name: 'Toevoegen' }).click();
    await addPlace.getByRole('alert').getByText('Dit is geen geldige grens.', { exact: false }).waitFor();
    expect(await addPlace.getByLabel('Grens (GeoJSON)').getAttribute('aria-invalid')).toBe('true');
    await addPlace.getByLabel('Grens (GeoJSON)').fill(POLYGON);
    await addPlace.getByRole('button', { name: 'Toevoegen' }).click();
    await success(page, 'Buurt ‘Nieuwbouw’ is toegevoegd.');
    const newRow = neighbourhoods.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Nieuwbouw' }) });
    await newRow.getByRole('cell', { name: 'Ja', exact: true }).waitFor();
    await newRow.getByRole('cell', { name: 'BU99990001', exact: true }).waitFor();

    await neighbourhoods.getByRole('button', { name: 'Aanpassen: Nieuwbouw' }).click();
    const editPlace = page.getByRole('form', { name: 'Buurt ‘Nieuwbouw’ aanpassen' });
    expect(JSON.parse(await editPlace.getByLabel('Grens (GeoJSON)').inputValue())).toEqual(JSON.parse(POLYGON));
    await editPlace.getByLabel('Naam', { exact: true }).fill('Nieuwbouw-Oost');
    await editPlace.getByRole('button', { name: 'Opslaan' }).click();
    await success(page, 'Buurt ‘Nieuwbouw-Oost’ is opgeslagen.');
    const renamedRow = neighbourhoods.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Nieuwbouw-Oost' }) });
    // The boundary stayed.
    await renamedRow.getByRole('cell', { name: 'Ja', exact: true }).waitFor();

    await neighbourhoods.getByRole('button', { name: 'Stoppen: Nieuwbouw-Oost' }).click();
    await page.getByText('Oude initiatieven houden de buurt.', { exact: false }).first().waitFor();
    await neighbourhoods.getByRole('button', { name: 'Ja, stoppen' }).click();
    await success(page, 'U bent gestopt met buurt ‘Nieuwbouw-Oost’. Oude initiatieven houden de buurt.');
    await neighbourhoods.getByRole('rowheader', { name: 'Nieuwbouw-Oost' }).waitFor({ state: 'detached' });
    await expectAccessible(page);

    // The municipality's choice lists follow: the retired theme is no longer offered to residents.
    await page.goto('/initiatieven/nieuw');
    await waitForHeading(page, 'Start een initiatief');
    const themeOptions = await page.getByLabel('Thema').locator('option').allTextContents();
    expect(themeOptions).toContain('Groen');
    expect(themeOptions).not.toContain('Sport');
    expect(unexpectedPageErrors(env.adminPage.pageErrors)).toEqual([]);
  });

  it('sets the matching rules (reached and sent with the keyboard) and a neighbourhood budget', async () => {
    const { page } = env.adminPage;
    await page.goto('/beheer');
    await waitForHeading(page, 'Beheer');
    await page.getByRole('link', { name: 'Matching instellen' }).click();
    await waitForHeading(page, 'Matching');
    const ratio = page.getByLabel('Euro’s van de gemeente per gegeven euro');
    await ratio.waitFor();
    await expectAccessible(page);

    // From the back link, Tab reaches the first field; Enter in a field sends the form.
    await page.getByRole('link', { name: 'Terug naar Beheer' }).focus();
    await page.keyboard.press('Tab');
    expect((await activeElementInfo(page)).id).toBe(await ratio.getAttribute('id'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0,5');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('17,50');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2.500');
    await page.keyboard.press('Enter');
    await success(page, 'De regels voor matching zijn opgeslagen.');
    const [rules] = (await env.app.sql(
      `SELECT matching_money_ratio::float AS ratio, matching_hourly_rate_cents::int AS hour, matching_cap_cents::int AS cap FROM municipality WHERE id = $1`,
      [env.app.municipality.id],
    )) as Array<{ ratio: number; hour: number; cap: number }>;
    expect(rules).toEqual({ ratio: 0.5, hour: 1750, cap: 250_000 });

    // A wrong amount is explained; a Dutch amount is saved and shown with used and left.
    const budget = page.getByLabel('Budget voor Centrum in euro’s');
    await budget.fill('tienduizend');
    await page.getByRole('button', { name: 'Budget opslaan: Centrum' }).click();
    await page.getByRole('alert').getByText('Vul een bedrag in, bijvoorbeeld 10.000,00.').first().waitFor();
    await budget.fill('10.000,00');
    await page.getByRole('button', { name: 'Budget opslaan: Centrum' }).click();
    await page
      .getByRole('status')
      .getByText(/^Het budget voor Centrum is nu €\s10\.000,00\.$/)
      .waitFor();
    const centrum = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Centrum' }) });
    const tenThousand = centrum.getByRole('cell', { name: /^€\s10\.000,00$/ });
    await tenThousand.first().waitFor();
    expect(await tenThousand.count()).toBe(2); // budget and left
    const [row] = (await env.app.sql(`SELECT budget_cents::int AS cents FROM matching_budget WHERE neighbourhood_id = $1`, [
      env.app.municipality.neighbourhoodIds[0],
    ])) as Array<{ cents: number }>;
    expect(row.cents).toBe(1_000_000);

    // After a reload the form shows the rules in force.
    await page.reload();
    await waitForHeading(page, 'Matching');
    expect(await page.getByLabel('Euro’s van de gemeente per gegeven euro').inputValue()).toBe('0,5');
    expect(await page.getByLabel('Waarde van één uur vrijwilligerswerk, in euro’s').inputValue()).toBe('17,50');
    await expectAccessible(page);
  });

  it('shows the changes in the audit log, filtered by item or person through the address', async () => {
    const { page } = env.adminPage;
    await page.goto('/beheer');
    await waitForHeading(page, 'Beheer');
    await page.getByRole('link', { name: 'Logboek bekijken' }).click();
    await waitForHeading(page, 'Logboek');
    const table = page.getByRole('table', { name: 'Wijzigingen in het logboek' });
    const retired = table.getByRole('row').filter({ hasText: 'Thema gestopt' });
    await retired.waitFor();
    await retired.getByRole('cell', { name: env.admin.displayName, exact: true }).waitFor();
    await retired.getByText('naam: Sport', { exact: true }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Thema aangepast' }).getByText('voor – naam: Sport en bewegen').waitFor();
    await expectAccessible(page);

    // "Only this item" on the retired theme's row: its three changes, and the address holds the filter.
    await retired.getByRole('button', { name: /^Alleen dit item: Thema / }).click();
    await page.getByText('3 wijzigingen').waitFor();
    const filtered = new URL(page.url());
    const themeId = filtered.searchParams.get('item');
    expect(themeId).toMatch(/^[0-9a-f-]{36}$/);
    const actions = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(actions).toEqual(['Thema gestopt', 'Thema aangepast', 'Thema toegevoegd']);
    await page
      .getByRole('region', { name: 'Actieve filters' })
      .getByText(/^Item: Thema /)
      .waitFor();

    // The same address gives the same list in a fresh page.
    const other = await openPage(env.browser, env.app.baseUrl);
    try {
      await logInThroughUi(other.page, env.admin);
      await other.page.goto(`${filtered.pathname}${filtered.search}`);
      await waitForHeading(other.page, 'Logboek');
      await other.page.getByText('3 wijzigingen').waitFor();
    } finally {
      await other.context.close();
    }

    // Remove the filter; then "only this person".
    await page.getByRole('button', { name: /^Filter weghalen: Item/ }).click();
    await success(page, 'Het filter is weggehaald.');
    expect(new URL(page.url()).searchParams.get('item')).toBeNull();
    await table.getByRole('row').filter({ hasText: 'Buurt gestopt' }).waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: 'Buurt gestopt' })
      .getByRole('button', { name: `Alleen deze persoon: ${env.admin.displayName}` })
      .click();
    await page.getByText(`Persoon: ${env.admin.displayName}`).waitFor();
    expect(new URL(page.url()).searchParams.get('persoon')).toBe(env.admin.id);
    // Three theme and three neighbourhood changes, the matching rules and one budget.
    await page.getByText('8 wijzigingen').waitFor();
    await table.getByRole('row').filter({ hasText: 'Regels voor matching veranderd' }).waitFor();
    await expectAccessible(page);
  });

  it('loads the log page by page ("Meer laden"), shows system changes and unknown actions as they are', async () => {
    const { page } = env.adminPage;
    const resident = await env.app.factories.createUser();
    await env.app.sql(
      `INSERT INTO audit_log (municipality_id, actor_id, action, target_type, target_id, summary)
       SELECT $1, NULL, 'user.role_changed', 'user', $2, '{"from":"resident","to":"facilitator"}'::jsonb FROM generate_series(1, 30)`,
      [env.app.municipality.id, resident.id],
    );
    await env.app.sql(
      `INSERT INTO audit_log (municipality_id, actor_id, action, target_type, target_id, summary, ip)
       VALUES ($1, $3, 'user.something_new', 'user', $2, '{}'::jsonb, '192.0.2.7')`,
      [env.app.municipality.id, resident.id, env.admin.id],
    );
    await page.goto(`/beheer/logboek?item=${resident.id}`);
    await waitForHeading(page, 'Logboek');
    await page.getByText('31 wijzigingen').waitFor();
    const rows = page.getByRole('table', { name: 'Wijzigingen in het logboek' }).locator('tbody tr');
    expect(await rows.count()).toBe(25);
    // The newest first: an action without a translation reads as it is stored.
    const newest = rows.first();
    await newest.getByRole('cell', { name: 'user.something_new', exact: true }).waitFor();
    await newest.getByRole('cell', { name: '192.0.2.7', exact: true }).waitFor();
    const system = rows.nth(1);
    await system.getByRole('cell', { name: 'Systeem', exact: true }).waitFor();
    await system.getByRole('cell', { name: 'Rol van een account veranderd', exact: true }).waitFor();
    await system.getByText('van: resident').waitFor();
    expect(await system.getByRole('button', { name: /^Alleen deze persoon/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Meer laden' }).click();
    await rows.nth(30).waitFor();
    expect(await rows.count()).toBe(31);
    expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
    // Focus moves to the first new row, so keyboard users go on where the new page starts.
    const focused = await activeElementInfo(page);
    expect(focused.tag).toBe('th');
    expect(focused.text).toBe(await rows.nth(25).locator('th').textContent());
    await expectAccessible(page);
  });

  it('fits a 360 px wide phone screen: wide tables scroll inside their own region', async () => {
    const phone = await openPage(env.browser, env.app.baseUrl, { width: 360, height: 740 });
    try {
      await logInThroughUi(phone.page, env.admin);
      for (const [path, title] of [
        ['/beheer/logboek', 'Logboek'],
        ['/beheer/buurten-en-themas', 'Buurten en thema’s'],
        ['/beheer/matching', 'Matching'],
      ]) {
        await phone.page.goto(path);
        await waitForHeading(phone.page, title);
        await phone.page.getByRole('table').first().waitFor();
        const { scrollWidth, clientWidth } = await horizontalOverflow(phone.page);
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      }
    } finally {
      await phone.context.close();
    }
  });

  it('links from an initiative’s staff panel to its own audit log', async () => {
    const { page } = env.adminPage;
    const author = await env.app.factories.createUser();
    const initiative = await env.app.factories.createInitiative({ authorId: author.id, title: 'Bankjes bij de vijver' });
    await page.goto(`/initiatieven/${initiative.id}`);
    await waitForHeading(page, initiative.title);
    await page.getByRole('button', { name: 'Verbergen', exact: true }).click();
    await page.getByLabel('Waarom verbergt u dit initiatief?').fill('Dubbel ingediend.');
    await page.getByRole('button', { name: 'Initiatief verbergen' }).click();
    await page.getByText('Het initiatief is verborgen.', { exact: false }).first().waitFor();

    await page.getByRole('link', { name: 'Logboek van dit initiatief' }).click();
    await waitForHeading(page, 'Logboek');
    expect(new URL(page.url()).searchParams.get('item')).toBe(initiative.id);
    await page.getByText('1 wijziging').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Initiatief verborgen' });
    await row.getByText('reden: Dubbel ingediend.').waitFor();
    await row.getByRole('link', { name: /^Initiatief / }).click();
    await waitForHeading(page, initiative.title);
    expect(unexpectedPageErrors(env.adminPage.pageErrors)).toEqual([]);
  });
});
