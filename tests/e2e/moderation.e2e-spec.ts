// Issue 3's journey: a resident drafts (with a pin) and submits → a facilitator asks for changes
// (with a reason) → the resident edits and submits again → the facilitator approves → the
// initiative is on the list, found by search, and a marker on the map. Then staff hide and show it
// again, and the resident withdraws it. A neighbour supports another initiative and the facilitator
// answers it from the inbox. Every page visited passes axe (WCAG 2.2 AA).
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, startE2eApp } from '../support/e2e-harness.js';
import { activeElementInfo, logInThroughUi, openPage, unexpectedPageErrors, waitForHeading, type OpenedPage } from './e2e-helpers.js';

type E2eApp = Awaited<ReturnType<typeof startE2eApp>>;
type TestUser = Awaited<ReturnType<E2eApp['factories']['createUser']>>;

const TITLE = 'Een moestuin op het Marktplein';
const PIN = { lat: '52.095', lng: '5.105' };

describe('moderation journey', () => {
  let app: E2eApp;
  let browser: Browser;
  let resident: TestUser;
  let facilitator: TestUser;
  let residentPage: OpenedPage;
  let staffPage: OpenedPage;

  beforeAll(async () => {
    app = await startE2eApp();
    browser = await launchBrowser();
    resident = await app.factories.createUser({ password: 'een-lang-wachtwoord' });
    facilitator = await app.factories.createUser({ role: 'facilitator', password: 'een-heel-lang-wachtwoord-voor-de-gemeente' });
    residentPage = await openPage(browser, app.baseUrl);
    staffPage = await openPage(browser, app.baseUrl);
  });

  afterAll(async () => {
    await residentPage?.context.close();
    await staffPage?.context.close();
    await browser?.close();
    await app?.close();
  });

  /** The facilitator's moderation page, reached through the navigation. */
  async function openModeration(page: Page): Promise<void> {
    await page.getByRole('navigation').getByRole('link', { name: 'Moderatie' }).click();
    await waitForHeading(page, 'Moderatie');
  }

  it('takes an initiative from draft through moderation to the list and the map', async () => {
    const { page } = residentPage;
    const staff = staffPage.page;

    // --- The resident drafts an initiative with a pin and submits it.
    await logInThroughUi(page, resident);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Moderatie' }).count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Start een initiatief' }).click();
    await waitForHeading(page, 'Start een initiatief');
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Korte samenvatting').fill('Een moestuin voor en door de buurt.');
    await page.getByLabel('Beschrijving').fill('We willen **samen** groente kweken.\n\n- tomaten\n- bonen');
    await page.getByRole('region', { name: 'Kaart om een speld te plaatsen' }).waitFor();
    await page.getByLabel('Breedtegraad').fill(PIN.lat);
    await page.getByLabel('Lengtegraad').fill(PIN.lng);
    await page.locator('.dialoog-marker').waitFor();
    // Without a configured geocoder (GEOCODER_URL) there is no address search; the map settings have
    // arrived once the tile layer is there.
    await page.locator('.leaflet-tile').first().waitFor({ state: 'attached' });
    expect(await page.getByLabel('Zoek een adres').count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();

    await waitForHeading(page, TITLE);
    const initiativePath = new URL(page.url()).pathname;
    // The description is the server's sanitised Markdown.
    expect(await page.locator('.dialoog-rich-text strong').textContent()).toBe('samen');
    expect(await page.locator('.dialoog-rich-text li').count()).toBe(2);
    await page.getByText('52.09500, 5.10500').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page.getByText('Uw initiatief is ingediend.', { exact: false }).waitFor();

    // --- The facilitator asks for changes, with a reason.
    await logInThroughUi(staff, facilitator);
    await openModeration(staff);
    await staff.getByText('1 initiatief wacht op beoordeling').waitFor();
    const item = staff.getByRole('article', { name: TITLE });
    await item.waitFor();
    await expectAccessible(staff);

    await item.getByRole('button', { name: 'Aanpassing vragen' }).click();
    expect(await item.getByRole('button', { name: 'Aanpassing vragen' }).getAttribute('aria-expanded')).toBe('true');
    expect(await activeElementInfo(staff)).toMatchObject({ tag: 'textarea' });
    // The reason is required.
    await item.getByRole('button', { name: 'Verzoek om aanpassing versturen' }).click();
    await item.getByText('Vul een reden in.').waitFor();
    expect(await item.getByLabel('Wat moet de initiatiefnemer aanpassen?').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(staff);
    await item.getByLabel('Wat moet de initiatiefnemer aanpassen?').fill('Noem ook wie de tuin onderhoudt.');
    await item.getByRole('button', { name: 'Verzoek om aanpassing versturen' }).click();
    const changesAsked = staff.getByRole('status').getByText(`U heeft gevraagd om ‘${TITLE}’ aan te passen.`);
    await changesAsked.waitFor();
    expect((await activeElementInfo(staff)).text).toContain('aan te passen');
    await staff.getByText('Er wachten geen initiatieven op beoordeling.').waitFor();
    await expectAccessible(staff);

    // --- The resident finds it under "Mijn initiatieven", reads the reason and edits it.
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn initiatieven' }).click();
    await waitForHeading(page, 'Mijn initiatieven');
    await page.locator('.dialoog-card').getByText('Aanpassing gevraagd').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: TITLE }).click();
    await waitForHeading(page, TITLE);
    await page.getByText('Reden: Noem ook wie de tuin onderhoudt.').first().waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await waitForHeading(page, 'Initiatief bewerken');
    expect(await page.getByLabel('Titel').inputValue()).toBe(TITLE);
    expect(await page.getByLabel('Breedtegraad').inputValue()).toBe(PIN.lat);
    await expectAccessible(page);
    await page.getByLabel('Korte samenvatting').fill('Een moestuin voor en door de buurt, onderhouden door de bewonersvereniging.');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await waitForHeading(page, TITLE);
    expect(new URL(page.url()).pathname).toBe(initiativePath);
    await page.getByText('Uw wijzigingen zijn opgeslagen.').waitFor();
    await page.getByText('onderhouden door de bewonersvereniging').waitFor();
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page.getByText('Uw initiatief is ingediend.', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);

    // --- The facilitator approves it.
    await staff.reload();
    await waitForHeading(staff, 'Moderatie');
    await staff.getByRole('article', { name: TITLE }).getByRole('button', { name: 'Goedkeuren' }).click();
    await staff.getByRole('status').getByText(`‘${TITLE}’ is goedgekeurd en gepubliceerd.`).waitFor();
    await staff.getByText('Er wachten geen initiatieven op beoordeling.').waitFor();

    // --- Everyone finds it: on the list, by search, and on the map.
    const visitor = await openPage(browser, app.baseUrl);
    try {
      const v = visitor.page;
      await v.goto('/initiatieven');
      await v.getByRole('link', { name: TITLE }).waitFor();
      await v.getByRole('searchbox', { name: 'Zoeken' }).fill('moestuin');
      await v.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await v.getByRole('status').getByText('1 initiatief gevonden voor ‘moestuin’').waitFor();
      expect(new URL(v.url()).searchParams.get('zoek')).toBe('moestuin');
      expect(await v.getByLabel('Sorteren op').inputValue()).toBe('relevantie');
      await expectAccessible(v);
      await v.getByRole('searchbox', { name: 'Zoeken' }).fill('zwembad');
      await v.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await v.getByRole('status').getByText('0 initiatieven gevonden voor ‘zwembad’').waitFor();
      await v.getByRole('button', { name: 'Alle filters wissen' }).click();
      await v.getByRole('link', { name: TITLE }).waitFor();
      expect(await v.getByRole('searchbox', { name: 'Zoeken' }).inputValue()).toBe('');
      await v.getByLabel('Sorteren op').selectOption('meeste-steun');
      expect(new URL(v.url()).searchParams.get('sorteer')).toBe('meeste-steun');

      await v.getByRole('button', { name: 'Kaart' }).click();
      await v.getByRole('button', { name: 'Kaart', pressed: true }).waitFor();
      expect(new URL(v.url()).searchParams.get('weergave')).toBe('kaart');
      await v.getByRole('region', { name: 'Kaart met initiatieven' }).waitFor();
      const marker = v.getByRole('button', { name: TITLE });
      await marker.waitFor();
      await v.getByRole('status').getByText('1 initiatief op dit deel van de kaart').waitFor();
      await v.locator('.dialoog-map-list').getByRole('link', { name: TITLE }).waitFor();
      await expectAccessible(v);
      // A marker is a button: Enter opens the initiative.
      await marker.focus();
      await v.keyboard.press('Enter');
      await waitForHeading(v, TITLE);
      await v.getByText('Gepubliceerd', { exact: true }).first().waitFor();
      expect(unexpectedPageErrors(visitor.pageErrors)).toEqual([]);
    } finally {
      await visitor.context.close();
    }
    expect(unexpectedPageErrors(residentPage.pageErrors)).toEqual([]);
    expect(unexpectedPageErrors(staffPage.pageErrors)).toEqual([]);
  });

  it('lets staff hide and show it again, and the resident withdraw it', async () => {
    const { page } = residentPage;
    const staff = staffPage.page;
    await staff.goto('/initiatieven');
    await staff.getByRole('link', { name: TITLE }).click();
    await waitForHeading(staff, TITLE);
    await staff.getByRole('button', { name: 'Verbergen' }).click();
    await staff.getByLabel('Waarom verbergt u dit initiatief?').fill('Er staat een telefoonnummer in.');
    await staff.getByRole('button', { name: 'Initiatief verbergen' }).click();
    await staff.getByRole('status').getByText('Het initiatief is verborgen.', { exact: false }).waitFor();
    await staff.getByText('Reden: Er staat een telefoonnummer in.').waitFor();
    await expectAccessible(staff);

    await page.goto(new URL(staff.url()).pathname);
    await waitForHeading(page, TITLE);
    await page.getByText('Dit initiatief is verborgen door de gemeente.', { exact: false }).waitFor();
    await page.getByText('Reden: Er staat een telefoonnummer in.').waitFor();

    await staff.getByRole('button', { name: 'Weer tonen' }).click();
    await staff.getByRole('status').getByText('Het initiatief is weer voor iedereen zichtbaar.').waitFor();

    // The resident withdraws it: the reason is required and focus is managed.
    await page.reload();
    await waitForHeading(page, TITLE);
    expect(await page.getByText('Dit initiatief is verborgen door de gemeente.', { exact: false }).count()).toBe(0);
    const withdraw = page.getByRole('button', { name: 'Intrekken', exact: true });
    await withdraw.click();
    expect(await activeElementInfo(page)).toMatchObject({ tag: 'textarea' });
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Intrekken');
    await withdraw.click();
    await page.getByLabel('Waarom trekt u het initiatief in?').fill('We hebben een andere plek gevonden.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Initiatief intrekken' }).click();
    await page.getByRole('status').getByText('Uw initiatief is ingetrokken.').waitFor();
    await page.getByText('Ingetrokken', { exact: true }).first().waitFor();
    await page.getByText('Reden: We hebben een andere plek gevonden.').waitFor();
    expect(await page.getByRole('button', { name: 'Intrekken', exact: true }).count()).toBe(0);
    await expectAccessible(page);
    expect(unexpectedPageErrors(residentPage.pageErrors)).toEqual([]);
    expect(unexpectedPageErrors(staffPage.pageErrors)).toEqual([]);
  });

  it('lets a neighbour support, and the facilitator answer from the inbox', async () => {
    const author = await app.factories.createUser();
    const neighbour = await app.factories.createUser({ password: 'een-lang-wachtwoord' });
    const published = await app.factories.createInitiative({
      authorId: author.id,
      title: 'Speeltuin aan de Dorpsstraat',
      status: 'published',
    });
    const opened = await openPage(browser, app.baseUrl);
    try {
      const { page } = opened;
      await logInThroughUi(page, neighbour);
      await page.goto(`/initiatieven/${published.id}`);
      await waitForHeading(page, published.title);
      await page.getByText('0 van de', { exact: false }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Reactie van de gemeente' }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Steunen' }).click();
      await page.getByRole('button', { name: 'Steun intrekken' }).waitFor();
      await page.getByText('1 van de', { exact: false }).waitFor();
      await page.getByRole('status').getByText('U steunt dit initiatief.').waitFor();
      await expectAccessible(page);

      // The facilitator finds it in the inbox, takes it, and answers.
      const staff = staffPage.page;
      await staff.getByRole('navigation').getByRole('link', { name: 'Inbox' }).click();
      await waitForHeading(staff, 'Inbox');
      const item = staff.getByRole('article', { name: published.title });
      await item.waitFor();
      await expectAccessible(staff);
      await item.getByRole('button', { name: 'Aan mij toewijzen' }).click();
      await item.getByText('Toegewezen aan u').waitFor();
      await item.getByRole('checkbox', { name: `‘${published.title}’ selecteren` }).check();
      await staff.getByText('1 initiatief geselecteerd').waitFor();
      await item.getByRole('link', { name: published.title }).click();
      await waitForHeading(staff, published.title);
      await staff.getByLabel('Soort reactie').selectOption('ACKNOWLEDGEMENT');
      await staff.getByLabel('Uw reactie').fill('Bedankt voor uw initiatief. We nemen contact met u op.');
      await staff.getByRole('button', { name: 'Reactie plaatsen' }).click();
      await staff.getByRole('status').getByText('Uw reactie is geplaatst.').waitFor();
      await expectAccessible(staff);

      await page.reload();
      await waitForHeading(page, published.title);
      await page.getByRole('heading', { level: 3, name: 'Ontvangstbevestiging' }).waitFor();
      await page.getByText('Bedankt voor uw initiatief. We nemen contact met u op.').waitFor();
      expect(unexpectedPageErrors(opened.pageErrors)).toEqual([]);
      expect(unexpectedPageErrors(staffPage.pageErrors)).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });
});
