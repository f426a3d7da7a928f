// Issue 5 acceptance: the initiator adds a shift, a volunteer pledges to it and downloads the .ics,
// the initiator confirms and records the hours, and the municipality's matching appears on the
// initiative. Also "Mijn hulp" (calendar feed) and the partner page. Every page visited passes axe.
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, startE2eApp } from '../support/e2e-harness.js';
import { horizontalOverflow, logInThroughUi, openPage, unexpectedPageErrors, waitForHeading } from './e2e-helpers.js';

type E2eApp = Awaited<ReturnType<typeof startE2eApp>>;

/** The Accept header Chromium sends when a link is followed. */
const NAVIGATION_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('needs, pledges and matching', () => {
  let app: E2eApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startE2eApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a volunteer pledges to a shift, the initiator records the hours, and the matched amount appears', async () => {
    const initiator = await app.factories.createUser({});
    const volunteer = await app.factories.createUser({});
    const initiative = await app.factories.createInitiative({ authorId: initiator.id, title: 'Speeltuin opknappen' });
    const year = new Date().getUTCFullYear();
    await app.sql('INSERT INTO matching_budget (municipality_id, neighbourhood_id, year, budget_cents) VALUES ($1, $2, $3, $4)', [
      app.municipality.id,
      app.municipality.neighbourhoodIds[0],
      year,
      100_000,
    ]);

    const owner = await openPage(browser, app.baseUrl);
    const helper = await openPage(browser, app.baseUrl, { width: 360, height: 780 });
    try {
      // The initiator adds a shift for three people, next year from 10:00 to 13:00.
      const page = owner.page;
      await logInThroughUi(page, initiator);
      await page.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(page, initiative.title);
      await page.getByRole('heading', { level: 2, name: 'Wat is er nodig?' }).waitFor();
      await page.getByText('Er staat nog niet wat er nodig is.').waitFor();
      await expectAccessible(page);

      // An empty form first: the error summary takes focus.
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await page.getByRole('alert').getByRole('link', { name: 'Vul een titel in van 2 tot 120 tekens.' }).waitFor();
      await expectAccessible(page);

      await page.getByLabel('Soort hulp').selectOption('SHIFT');
      await page.getByLabel('Titel', { exact: true }).fill('Opbouwen op zaterdag');
      await page.getByLabel('Hoeveel mensen zijn er nodig?').fill('3');
      await page.getByLabel('Begint op').fill(`${year + 1}-05-08T10:00`);
      await page.getByLabel('Eindigt op').fill(`${year + 1}-05-08T13:00`);
      await page.getByLabel('Waar?').fill('Speeltuin Zonnehof');
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await page.getByRole('status').getByText('‘Opbouwen op zaterdag’ is toegevoegd.').waitFor();
      const need = page.getByRole('article', { name: 'Opbouwen op zaterdag' });
      await need.getByText('0 mensen van de 3 mensen toegezegd').waitFor();
      await need.getByText('Nog niemand heeft hulp aangeboden.').waitFor();
      await expectAccessible(page);

      // The volunteer, on a 360 px wide screen, offers help.
      const v = helper.page;
      await logInThroughUi(v, volunteer);
      await v.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(v, initiative.title);
      const shift = v.getByRole('article', { name: 'Opbouwen op zaterdag' });
      await shift.getByText('Speeltuin Zonnehof', { exact: false }).waitFor();
      expect(await shift.getByRole('progressbar').getAttribute('max')).toBe('3');
      await expectAccessible(v);
      const open = shift.getByRole('button', { name: 'Ik help mee (Opbouwen op zaterdag)' });
      await open.click();
      expect(await open.getAttribute('aria-expanded')).toBe('true');
      const amount = shift.getByLabel('Met hoeveel mensen komt u?');
      await amount.waitFor();
      expect(await v.evaluate(() => document.activeElement?.id)).toBe(await amount.getAttribute('id'));
      // More than is open is refused before sending.
      await amount.fill('5');
      await shift.getByRole('button', { name: 'Hulp aanbieden' }).click();
      await shift.getByText('Dat is meer dan er open is. Er is nog 3 mensen open.').waitFor();
      await expectAccessible(v);
      await amount.fill('1');
      await shift.getByLabel('Opmerking').fill('Ik neem een schroevendraaier mee.');
      await shift.getByRole('button', { name: 'Hulp aanbieden' }).click();
      await shift.getByRole('status').getByText('Dank u wel! U helpt mee met ‘Opbouwen op zaterdag’', { exact: false }).waitFor();
      await shift.getByText('1 persoon van de 3 mensen toegezegd').waitFor();
      const overflow = await horizontalOverflow(v);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      await expectAccessible(v);

      // "Mijn hulp": the pledge, its .ics download (same origin, cookie) and the calendar feed.
      await v.getByRole('navigation').getByRole('link', { name: 'Mijn hulp' }).click();
      await waitForHeading(v, 'Mijn hulp');
      const mine = v.getByRole('article', { name: 'Opbouwen op zaterdag' });
      await mine.getByText('Aangeboden').waitFor();
      await v.getByText('U heeft 3 uur hulp aangeboden. U heeft 0 uur geholpen.').waitFor();
      const ics = mine.getByRole('link', { name: 'Zet in mijn agenda (.ics) (Opbouwen op zaterdag)' });
      const href = (await ics.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/calendar\/pledges\/[0-9a-f-]+\.ics$/);
      // What following the link sends (a browser navigation accepts HTML first): the calendar, not the app.
      const download = await v.request.get(href, { headers: { accept: NAVIGATION_ACCEPT } });
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toContain('text/calendar');
      expect(await download.text()).toContain('LOCATION:Speeltuin Zonnehof');
      await expectAccessible(v);
      await v.getByRole('button', { name: 'Agenda-abonnement maken' }).click();
      const feed = v.getByLabel('Adres van uw agenda-abonnement');
      await feed.waitFor();
      expect(await feed.inputValue()).toMatch(/\/calendar\/feed\/[A-Za-z0-9_-]+\.ics$/);
      await expectAccessible(v);

      // The initiator confirms and records three hours; the municipality matches 3 × € 15.
      await page.reload();
      await waitForHeading(page, initiative.title);
      const managed = page.getByRole('article', { name: 'Opbouwen op zaterdag' });
      await managed.getByText(volunteer.displayName, { exact: true }).waitFor();
      await managed.getByText('Opmerking: Ik neem een schroevendraaier mee.').waitFor();
      await managed.getByRole('button', { name: `Bevestigen (${volunteer.displayName})` }).click();
      await page.getByRole('status').getByText(`U heeft de hulp van ${volunteer.displayName} bevestigd.`).waitFor();
      await managed.getByText('Bevestigd').waitFor();
      const hours = managed.getByLabel('Hoeveel uur is er geholpen?');
      expect(await hours.inputValue()).toBe('3');
      await expectAccessible(page);
      await managed.getByRole('button', { name: `Geleverd (${volunteer.displayName})` }).click();
      await page.getByRole('status').getByText(`U heeft vastgelegd dat ${volunteer.displayName} heeft geholpen.`).waitFor();
      await managed.getByText('3 uur geholpen').waitFor();
      await page.getByText(/De buurt bracht €\s0,00 en 3 uur; de gemeente legt €\s45,00 bij\./).waitFor();
      await expectAccessible(page);

      // Everyone sees it on the initiative.
      await v.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(v, initiative.title);
      await v.getByText(/de gemeente legt €\s45,00 bij/).waitFor();
      await v.goto('/mijn-hulp');
      await waitForHeading(v, 'Mijn hulp');
      await v.getByText('U heeft 3 uur hulp aangeboden. U heeft 3 uur geholpen.').waitFor();
      await expectAccessible(v);

      expect(unexpectedPageErrors(owner.pageErrors)).toEqual([]);
      expect(unexpectedPageErrors(helper.pageErrors)).toEqual([]);
    } finally {
      await owner.context.close();
      await helper.context.close();
    }
  });

  it('a partner registers an organisation and pledges on its behalf; the facilitator acknowledges the offer', async () => {
    const initiator = await app.factories.createUser({});
    const partner = await app.factories.createUser({});
    const colleague = await app.factories.createUser({});
    const facilitator = await app.factories.createUser({ role: 'facilitator' });
    const initiative = await app.factories.createInitiative({ authorId: initiator.id, title: 'Geveltuintjes aanleggen' });
    const [need] = (await app.sql(
      `INSERT INTO need (municipality_id, initiative_id, kind, title, description, unit, capacity) VALUES ($1, $2, 'material', 'Tuinaarde', '', 'zakken', 20) RETURNING id`,
      [app.municipality.id, initiative.id],
    )) as Array<{ id: string }>;
    expect(need).toBeDefined();

    const opened = await openPage(browser, app.baseUrl);
    const staff = await openPage(browser, app.baseUrl);
    try {
      const { page } = opened;
      await logInThroughUi(page, partner);
      await page.getByRole('contentinfo').getByRole('link', { name: 'Voor partners: bedrijven en organisaties' }).click();
      await waitForHeading(page, 'Partners');
      await page.getByText('U helpt nog niet namens een organisatie.').waitFor();
      await expectAccessible(page);
      await page.getByLabel('Naam van de organisatie').fill('Tuincentrum De Linde');
      await page.getByLabel('Soort organisatie').selectOption('BUSINESS');
      await page.getByLabel('KvK-nummer').fill('1234');
      await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
      await page.getByRole('alert').getByRole('link', { name: 'Een KvK-nummer heeft 8 cijfers.' }).waitFor();
      await page.getByLabel('KvK-nummer').fill('12345678');
      await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
      await page.getByRole('status').getByText('‘Tuincentrum De Linde’ is aangemeld.', { exact: false }).waitFor();
      const organisation = page.getByRole('article', { name: 'Tuincentrum De Linde' });
      await organisation.getByText('KvK 12345678', { exact: false }).waitFor();
      await organisation.getByLabel('E-mailadres van uw collega').fill(colleague.email);
      await organisation.getByRole('button', { name: 'Collega toevoegen' }).click();
      await page.getByRole('status').getByText(`${colleague.email} kan nu ook namens Tuincentrum De Linde helpen.`).waitFor();
      await expectAccessible(page);

      await page.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(page, initiative.title);
      const soil = page.getByRole('article', { name: 'Tuinaarde' });
      await soil.getByRole('button', { name: 'Ik help mee (Tuinaarde)' }).click();
      await soil.getByLabel('Hoeveel geeft u?').fill('10');
      await soil.getByLabel('Namens').selectOption({ label: 'Tuincentrum De Linde' });
      await expectAccessible(page);
      await soil.getByRole('button', { name: 'Hulp aanbieden' }).click();
      await soil.getByText('10 zakken van de 20 zakken toegezegd').waitFor();

      const s = staff.page;
      await logInThroughUi(s, facilitator);
      await s.goto('/beheer/inbox');
      await waitForHeading(s, 'Inbox');
      const offers = s.getByRole('region', { name: 'Aanbod van partners' });
      const offer = offers.getByRole('article', { name: 'Tuincentrum De Linde biedt 10 zakken voor ‘Tuinaarde’' });
      await offer.waitFor();
      await expectAccessible(s);
      await offer.getByRole('button', { name: 'Bevestig ontvangst (Tuincentrum De Linde)' }).click();
      await offers.getByText('Er is geen nieuw aanbod van partners.').waitFor();
      await s.getByRole('status').getByText('U heeft het aanbod van Tuincentrum De Linde bevestigd.').waitFor();
      await expectAccessible(s);

      expect(unexpectedPageErrors(opened.pageErrors)).toEqual([]);
      expect(unexpectedPageErrors(staff.pageErrors)).toEqual([]);
    } finally {
      await opened.context.close();
      await staff.context.close();
    }
  });
});
