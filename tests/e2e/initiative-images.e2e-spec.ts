// Issue 3 (pictures): the author adds a picture with alt text on the edit page, sees the upload's
// progress and result, a wrong file is refused with a clear message, and the picture shows on the
// initiative's page; the author changes its alt text and the order of the pictures. Both pages pass
// axe (WCAG 2.2 AA) in every state.
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { expectAccessible, launchBrowser, startE2eApp } from '../support/e2e-harness.js';
import { logInThroughUi, openPage, unexpectedPageErrors, waitForHeading, type OpenedPage } from './e2e-helpers.js';

type E2eApp = Awaited<ReturnType<typeof startE2eApp>>;

describe('pictures of an initiative in the browser', () => {
  let app: E2eApp;
  let browser: Browser;
  let opened: OpenedPage;

  beforeAll(async () => {
    app = await startE2eApp();
    browser = await launchBrowser();
    opened = await openPage(browser, app.baseUrl, { width: 360, height: 800 });
  });

  afterAll(async () => {
    await opened?.context.close();
    await browser?.close();
    await app?.close();
  });

  it('the author uploads a picture with alt text and sees it on the initiative page', async () => {
    const { page, pageErrors } = opened;
    const author = await app.factories.createUser({ password: 'een-lang-wachtwoord' });
    const initiative = await app.factories.createInitiative({
      authorId: author.id,
      title: 'Bloembakken in de Dorpsstraat',
      status: 'draft',
    });
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 60, b: 90 } } })
      .jpeg()
      .toBuffer();

    await logInThroughUi(page, author);
    await page.goto(`/initiatieven/${initiative.id}/bewerken`);
    await waitForHeading(page, 'Initiatief bewerken');
    await page.getByRole('heading', { level: 2, name: "Foto's" }).waitFor();
    await page.getByText("Dit initiatief heeft nog geen foto's.").waitFor();

    // A text file is refused by the server with its own message.
    await page
      .getByLabel('Foto', { exact: true })
      .setInputFiles({ name: 'notities.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('geen foto') });
    await page.getByLabel('Wat staat er op de foto?').fill('Iets');
    await page.getByRole('button', { name: 'Foto toevoegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Niet alle gegevens zijn goed ingevuld' }).waitFor();
    await page.getByText('Dit bestand is geen foto die wij kunnen gebruiken').waitFor();

    // The real picture: the upload is held back a moment so its progress bar can be seen.
    await page.route('**/api/initiatives/*/images', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.getByLabel('Foto', { exact: true }).setInputFiles({ name: 'bloembak.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByLabel('Wat staat er op de foto?').fill('Een bloembak vol rode geraniums');
    await page.getByRole('button', { name: 'Foto toevoegen' }).click();
    await page.getByRole('progressbar', { name: 'Voortgang van het uploaden' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'De foto is toegevoegd.' }).waitFor();
    await page.getByRole('img', { name: 'Een bloembak vol rode geraniums' }).waitFor();
    expect(await page.getByLabel('Wat staat er op de foto?').inputValue()).toBe('');
    await expectAccessible(page);

    await page.goto(`/initiatieven/${initiative.id}`);
    await waitForHeading(page, 'Bloembakken in de Dorpsstraat');
    const picture = page.getByRole('region', { name: "Foto's" }).getByRole('img', { name: 'Een bloembak vol rode geraniums' });
    await picture.waitFor();
    // Really loaded (served with a type the browser accepts, allowed by the page's CSP).
    await page.waitForFunction((alt) => {
      const img = [...document.querySelectorAll('img')].find((i) => i.alt === alt);
      return !!img && img.complete && img.naturalWidth > 0;
    }, 'Een bloembak vol rode geraniums');
    await expectAccessible(page);

    // Back on the edit page the author changes the description, with the keyboard.
    await page.goto(`/initiatieven/${initiative.id}/bewerken`);
    await waitForHeading(page, 'Initiatief bewerken');
    await page.getByRole('button', { name: 'Beschrijving aanpassen: Een bloembak vol rode geraniums' }).focus();
    await page.keyboard.press('Enter');
    // Focus moves to the field, which holds the current text.
    const altField = page.getByRole('group', { name: 'Beschrijving van de foto aanpassen' }).getByLabel('Wat staat er op de foto?');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'Een bloembak vol rode geraniums');
    // Empty: refused at the field.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    expect(await altField.getAttribute('aria-invalid')).toBe('true');
    await page
      .getByRole('group', { name: 'Beschrijving van de foto aanpassen' })
      .getByText('Beschrijf wat er op de foto staat.')
      .first()
      .waitFor();
    await expectAccessible(page);
    await altField.focus();
    await page.keyboard.type('Een bloembak met rode en witte geraniums');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'De beschrijving van de foto is opgeslagen.' }).waitFor();
    // Focus goes back to the button, which now names the new description.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Beschrijving aanpassen: Een bloembak met rode en witte geraniums',
    );
    await page.getByRole('img', { name: 'Een bloembak met rode en witte geraniums' }).waitFor();
    await expectAccessible(page);

    // A second picture, moved to the front.
    const second = await sharp({ create: { width: 800, height: 800, channels: 3, background: { r: 40, g: 120, b: 200 } } })
      .png()
      .toBuffer();
    await page.getByLabel('Foto', { exact: true }).setInputFiles({ name: 'bankje.png', mimeType: 'image/png', buffer: second });
    await page.getByLabel('Wat staat er op de foto?').fill('Een blauw bankje naast de bloembak');
    await page.getByRole('button', { name: 'Foto toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'De foto is toegevoegd.' }).waitFor();
    await page.getByRole('img', { name: 'Een blauw bankje naast de bloembak' }).waitFor();
    // No "Naar voren" for the first picture, no "Naar achteren" for the last.
    expect(await page.getByRole('button', { name: /^Naar voren: Een bloembak/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Naar achteren: Een blauw bankje/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Naar voren: Een blauw bankje naast de bloembak' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Foto 2 staat nu op plek 1.' }).waitFor();
    // Focus stays with the moved picture (now first, so on its "Naar achteren").
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Naar achteren: Een blauw bankje naast de bloembak',
    );
    const listedAlts = () =>
      page.locator('.dialoog-image-list img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).alt));
    expect(await listedAlts()).toEqual(['Een blauw bankje naast de bloembak', 'Een bloembak met rode en witte geraniums']);
    await expectAccessible(page);

    await page.goto(`/initiatieven/${initiative.id}`);
    await waitForHeading(page, 'Bloembakken in de Dorpsstraat');
    const gallery = page.getByRole('region', { name: "Foto's" });
    await gallery.getByRole('img', { name: 'Een bloembak met rode en witte geraniums' }).waitFor();
    expect(await gallery.getByRole('img', { name: 'Een bloembak vol rode geraniums' }).count()).toBe(0);
    expect(await gallery.getByRole('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).alt))).toEqual([
      'Een blauw bankje naast de bloembak',
      'Een bloembak met rode en witte geraniums',
    ]);
    await expectAccessible(page);

    // Back on the edit page the author removes the first one, with the keyboard, after confirming.
    await page.goto(`/initiatieven/${initiative.id}/bewerken`);
    await waitForHeading(page, 'Initiatief bewerken');
    await page.getByRole('button', { name: 'Foto verwijderen: Een bloembak met rode en witte geraniums' }).focus();
    await page.keyboard.press('Enter');
    // Focus moves to the confirmation's button.
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Ja, verwijderen');
    await page.getByText('Weet u zeker dat u de foto ‘Een bloembak met rode en witte geraniums’ wilt verwijderen?').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'De foto is verwijderd.' }).waitFor();
    expect(await listedAlts()).toEqual(['Een blauw bankje naast de bloembak']);
    await expectAccessible(page);

    expect(unexpectedPageErrors(pageErrors).filter((m) => !m.includes('/api/initiatives/'))).toEqual([]);
  });
});
