// A resident registers (confirming the e-mail address through the mailed link), starts an initiative (seeing the error summary first), and submits it.
// Every page visited passes axe (WCAG 2.2 AA).
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, startE2eApp } from '../support/e2e-harness.js';
import { activeElementInfo, logInThroughUi, openPage, unexpectedPageErrors, waitForHeading } from './e2e-helpers.js';

type E2eApp = Awaited<ReturnType<typeof startE2eApp>>;

describe('resident journey', () => {
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

  it('registers, creates an initiative after fixing errors, and submits it', async () => {
    const { context, page, pageErrors } = await openPage(browser, app.baseUrl);
    const email = `bewoner-${Date.now()}@example.org`;
    try {
      // A visitor is asked to log in first, and comes back here afterwards.
      await page.goto('/initiatieven/nieuw');
      await waitForHeading(page, 'Start een initiatief');
      await page.getByText('U moet ingelogd zijn om een initiatief te starten.').waitFor();
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Nog geen account? Registreer u hier' }).click();
      await waitForHeading(page, 'Registreren');
      expect(new URL(page.url()).searchParams.get('terug')).toBe('/initiatieven/nieuw');
      expect(await page.getByLabel('Wachtwoord').getAttribute('autocomplete')).toBe('new-password');
      await expectAccessible(page);

      await page.getByLabel('Naam').fill('Fatima de Vries');
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill('een-lang-wachtwoord');
      await page.getByRole('button', { name: 'Account aanmaken' }).click();

      // Registering does not sign in: the confirmation link comes by e-mail.
      await waitForHeading(page, 'Kijk in uw mailbox');
      await page.getByRole('status').waitFor();
      expect(await activeElementInfo(page)).toMatchObject({ tag: 'div' });
      expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);
      await expectAccessible(page);
      const mail = await app.latestMailTo(email);
      const link = mail.links.find((candidate) => new URL(candidate).pathname === '/e-mail-bevestigen');
      expect(link).toBeDefined();
      await page.goto(link ?? '');
      await page.getByText('Uw e-mailadres is bevestigd. U bent nu ingelogd.').waitFor();
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Ga verder waar u was' }).click();

      await waitForHeading(page, 'Start een initiatief');
      expect(new URL(page.url()).pathname).toBe('/initiatieven/nieuw');
      await page.getByText('Ingelogd als Fatima de Vries').waitFor();
      await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
      await expectAccessible(page);

      // An empty form: error summary at the top (focused) and an error per field.
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(await activeElementInfo(page)).toMatchObject({ role: 'alert' });
      await summary.getByRole('link', { name: 'Vul een titel in.' }).waitFor();
      await summary.getByRole('link', { name: 'Vul een korte samenvatting in.' }).waitFor();
      await summary.getByRole('link', { name: 'Vul een beschrijving in.' }).waitFor();
      const title = page.getByLabel('Titel');
      expect(await title.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toEqual(['initiative-title-hint', 'initiative-title-error']);
      expect(await page.locator('#initiative-title-error').textContent()).toContain('Vul een titel in.');
      await expectAccessible(page);

      // The summary links to the field.
      await summary.getByRole('link', { name: 'Vul een titel in.' }).click();
      expect(await activeElementInfo(page)).toMatchObject({ tag: 'input', id: 'initiative-title' });

      // Too short a title is caught as well; then everything is fixed.
      await title.fill('Tuin');
      await page.getByLabel('Korte samenvatting').fill('Een moestuin voor en door de buurt.');
      await page.getByLabel('Beschrijving').fill('Eerste alinea met <b>geen HTML</b>.\n\nTweede alinea: wie doet er mee?');
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByRole('alert').getByRole('link', { name: 'Gebruik minstens 5 tekens voor de titel.' }).waitFor();
      expect(await page.getByLabel('Korte samenvatting').getAttribute('aria-invalid')).toBeNull();

      await title.fill('Een moestuin op het Marktplein');
      await page.getByLabel(/^Wijk/).selectOption({ index: 1 });
      await page.getByLabel(/^Thema/).selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();

      // The new draft's page, with "Indienen".
      await waitForHeading(page, 'Een moestuin op het Marktplein');
      expect(new URL(page.url()).pathname).toMatch(/^\/initiatieven\/[^/]+$/);
      await page.getByText('Concept', { exact: true }).first().waitFor();
      // The description is the server's sanitised Markdown: paragraphs, raw HTML dropped.
      const description = page.locator('.dialoog-rich-text p');
      expect(await description.count()).toBe(2);
      expect(await description.first().textContent()).toBe('Eerste alinea met geen HTML.');
      expect(await page.locator('.dialoog-rich-text b').count()).toBe(0);
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Indienen' }).click();
      await page.getByText('Uw initiatief is ingediend.', { exact: false }).waitFor();
      await page.getByText('Ingediend', { exact: true }).first().waitFor();
      await page.getByText('Van Concept naar Ingediend').waitFor();
      expect(await page.getByRole('button', { name: 'Indienen' }).count()).toBe(0);
      await expectAccessible(page);
      expect(unexpectedPageErrors(pageErrors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('chooses a new password through the link in the e-mail', async () => {
    const { context, page, pageErrors } = await openPage(browser, app.baseUrl);
    const user = await app.factories.createUser({ password: 'het-oude-wachtwoord' });
    try {
      await page.goto('/inloggen');
      await waitForHeading(page, 'Inloggen');
      await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
      await waitForHeading(page, 'Wachtwoord vergeten');
      await expectAccessible(page);
      await page.getByLabel('E-mailadres').fill(user.email);
      await page.getByRole('button', { name: 'Stuur mij een link' }).click();
      await page.getByRole('status').locator('.utrecht-alert').waitFor();
      await expectAccessible(page);

      const mail = await app.latestMailTo(user.email);
      const link = mail.links.find((candidate) => new URL(candidate).pathname === '/wachtwoord-herstellen');
      expect(link).toBeDefined();
      await page.goto(link ?? '');
      await waitForHeading(page, 'Nieuw wachtwoord kiezen');
      expect(await page.getByLabel('Nieuw wachtwoord').getAttribute('autocomplete')).toBe('new-password');
      await page.getByLabel('Nieuw wachtwoord').fill('kort');
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await page.getByRole('alert').getByRole('link', { name: 'Gebruik minstens 10 tekens voor uw wachtwoord.' }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Nieuw wachtwoord').fill('een-gloednieuw-wachtwoord');
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await page.getByText('Uw nieuwe wachtwoord is opgeslagen. U bent nu ingelogd.').waitFor();
      await page.getByText(`Ingelogd als ${user.displayName}`).waitFor();

      // The new password works; the link does not work twice.
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await logInThroughUi(page, { ...user, password: 'een-gloednieuw-wachtwoord' });
      await page.goto(link ?? '');
      await page.getByLabel('Nieuw wachtwoord').fill('nog-een-ander-wachtwoord');
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await page.getByRole('alert').waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
