// Journeys of a visitor who is not logged in: browsing, language switch, a failed login,
// keyboard-only use and a 360 px wide phone screen. Every page visited passes axe (WCAG 2.2 AA).
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, startE2eApp } from '../support/e2e-harness.js';
import { activeElementInfo, h1Text, horizontalOverflow, openPage, unexpectedPageErrors, waitForHeading } from './e2e-helpers.js';

type E2eApp = Awaited<ReturnType<typeof startE2eApp>>;

describe('visitor journeys', () => {
  let app: E2eApp;
  let browser: Browser;
  let published: { id: string; title: string };
  let resident: { email: string; password: string };

  beforeAll(async () => {
    app = await startE2eApp();
    browser = await launchBrowser();
    const author = await app.factories.createUser();
    resident = await app.factories.createUser({ password: 'een-lang-wachtwoord' });
    published = await app.factories.createInitiative({
      authorId: author.id,
      title: 'Bankjes in het Julianapark',
      status: 'published',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('finds a published initiative, opens it and reads it in English', async () => {
    const { context, page, graphqlLanguages, pageErrors } = await openPage(browser, app.baseUrl);
    try {
      await page.goto('/');
      expect(await h1Text(page)).toBe('Initiatieven');
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      const card = page.getByRole('link', { name: published.title });
      await card.waitFor();
      await page.locator('.dialoog-card').getByText('Gepubliceerd').first().waitFor();
      await expectAccessible(page);

      await card.click();
      await waitForHeading(page, published.title);
      expect(new URL(page.url()).pathname).toBe(`/initiatieven/${published.id}`);
      await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();
      expect(await page.title()).toContain(published.title);
      // After a route change focus is on the new page's heading.
      expect((await activeElementInfo(page)).tag).toBe('h1');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Initiatives' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
      await page.getByText('Published', { exact: true }).first().waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await expectAccessible(page);

      // The choice is remembered, and the API is asked for English from now on.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(graphqlLanguages[0]).toBe('nl');
      expect(graphqlLanguages[graphqlLanguages.length - 1]).toBe('en');
      await page.getByRole('button', { name: 'Nederlands' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the translated error after a wrong password', async () => {
    const { context, page, pageErrors } = await openPage(browser, app.baseUrl);
    try {
      await page.goto('/inloggen');
      await waitForHeading(page, 'Inloggen');
      await expectAccessible(page);
      await page.getByLabel('E-mailadres').fill(resident.email);
      await page.getByLabel('Wachtwoord').fill('helemaal-niet-goed');
      await page.getByRole('button', { name: 'Inloggen' }).click();

      const summary = page.getByRole('alert');
      await summary.getByText(/wachtwoord klopt niet/i).waitFor();
      expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe('Er is een probleem');
      expect((await activeElementInfo(page)).role).toBe('alert');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Log in' }).click();
      await page
        .getByRole('alert')
        .getByText(/password is not correct/i)
        .waitFor();
      await expectAccessible(page);
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('can be used with the keyboard: the skip link comes first and moves focus to main', async () => {
    const { context, page, pageErrors } = await openPage(browser, app.baseUrl);
    try {
      await page.goto('/');
      await page.getByRole('link', { name: published.title }).waitFor();

      await page.keyboard.press('Tab');
      const skipLink = await activeElementInfo(page);
      expect(skipLink).toMatchObject({ tag: 'a', text: 'Naar de inhoud' });
      // Visible while focused.
      expect(await page.getByRole('link', { name: 'Naar de inhoud' }).isVisible()).toBe(true);
      await expectAccessible(page);

      await page.keyboard.press('Enter');
      expect(await activeElementInfo(page)).toMatchObject({ tag: 'main', id: 'main' });

      // The next Tab continues inside main, not in the header.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => !!document.activeElement?.closest('main'));
      expect(next).toBe(true);

      // Reach and open an initiative with the keyboard only.
      const title = page.getByRole('link', { name: published.title });
      await title.focus();
      await page.keyboard.press('Enter');
      await waitForHeading(page, published.title);
      expect((await activeElementInfo(page)).tag).toBe('h1');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async () => {
    const { context, page, pageErrors } = await openPage(browser, app.baseUrl, { width: 360, height: 740 });
    try {
      const visits: { path: string; heading: string | RegExp }[] = [
        { path: '/', heading: 'Initiatieven' },
        { path: `/initiatieven/${published.id}`, heading: published.title },
        { path: '/initiatieven/nieuw', heading: 'Start een initiatief' },
        { path: '/inloggen', heading: 'Inloggen' },
        { path: '/registreren', heading: 'Registreren' },
        { path: '/wachtwoord-vergeten', heading: 'Wachtwoord vergeten' },
        { path: '/initiatieven?weergave=kaart&zoek=bankjes', heading: 'Initiatieven' },
        { path: '/bestaat-niet', heading: 'Pagina niet gevonden' },
      ];
      for (const visit of visits) {
        await page.goto(visit.path);
        await waitForHeading(page, visit.heading);
        await page.waitForLoadState('networkidle');
        const { scrollWidth } = await horizontalOverflow(page);
        // Named by path so a failure says which page overflows.
        expect({ path: visit.path, overflows: scrollWidth > 360 }).toEqual({ path: visit.path, overflows: false });
        await expectAccessible(page);
      }
      expect(unexpectedPageErrors(pageErrors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Last: it adds initiatives, so the one above no longer is on the first page.
  it('loads more initiatives and keeps the filters in the address', async () => {
    const author = await app.factories.createUser();
    for (let index = 1; index <= 20; index += 1) {
      await app.factories.createInitiative({ authorId: author.id, title: `Buurtidee nummer ${index}`, status: 'published' });
    }
    const { context, page, pageErrors } = await openPage(browser, app.baseUrl);
    try {
      await page.goto('/initiatieven');
      await page.getByText('21 initiatieven gevonden').waitFor();
      const cards = page.locator('.dialoog-card');
      expect(await cards.count()).toBe(20);
      expect(await page.getByRole('link', { name: published.title }).count()).toBe(0);

      await page.getByRole('button', { name: 'Meer laden' }).click();
      await page.getByRole('link', { name: published.title }).waitFor();
      expect(await cards.count()).toBe(21);
      // Focus goes to the first new item, not back to the top.
      expect(await activeElementInfo(page)).toMatchObject({ tag: 'a', text: published.title });
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      await expectAccessible(page);

      const [, otherNeighbourhood] = app.municipality.neighbourhoodIds;
      if (otherNeighbourhood) {
        // Every factory initiative is in the first neighbourhood: another one shows nothing.
        await page.getByLabel('Wijk').selectOption(otherNeighbourhood);
        await page.getByText('Er zijn geen initiatieven gevonden', { exact: false }).waitFor();
        expect(new URL(page.url()).searchParams.get('wijk')).toBe(otherNeighbourhood);
        await page.reload();
        await page.getByText('Er zijn geen initiatieven gevonden', { exact: false }).waitFor();
        expect(await page.getByLabel('Wijk').inputValue()).toBe(otherNeighbourhood);
        await expectAccessible(page);
        await page.getByRole('button', { name: 'Alle filters wissen' }).click();
        await page.getByText('21 initiatieven gevonden').waitFor();
        expect(new URL(page.url()).search).toBe('');
      }

      await page.getByLabel('Status').selectOption('PUBLISHED');
      await page.getByText('21 initiatieven gevonden').waitFor();
      expect(new URL(page.url()).searchParams.get('status')).toBe('PUBLISHED');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
