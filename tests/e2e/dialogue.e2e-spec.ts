// Two residents on one published initiative, each in their own browser: comments, replies,
// support and notifications reach the other page live (graphql-ws), without a reload.
// The notifications and settings pages pass axe and work with the keyboard.
import type { Browser, Locator, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, startE2eApp } from '../support/e2e-harness.js';
import { cameraJpeg } from '../support/test-images.js';
import { activeElementInfo, logInThroughUi, openPage, unexpectedPageErrors, waitForHeading, type OpenedPage } from './e2e-helpers.js';

type E2eApp = Awaited<ReturnType<typeof startE2eApp>>;
type User = Awaited<ReturnType<E2eApp['factories']['createUser']>>;

/** Presses Tab until `target` has focus (fails after `max` presses): proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      return;
    }
  }
  throw new Error(`Could not reach ${target.toString()} with Tab`);
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) {
      throw new Error('Timed out waiting for a condition');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Marks the document, so a later check proves the page was not reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { dialoogMark?: number }).dialoogMark = 1;
  });
}

async function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { dialoogMark?: number }).dialoogMark === 1);
}

describe('dialogue and live updates', () => {
  let app: E2eApp;
  let browser: Browser;
  let initiative: { id: string; title: string };
  let alice: User;
  let bob: User;
  let a: OpenedPage;
  let b: OpenedPage;

  beforeAll(async () => {
    app = await startE2eApp();
    browser = await launchBrowser();
    const author = await app.factories.createUser();
    alice = await app.factories.createUser();
    bob = await app.factories.createUser();
    initiative = await app.factories.createInitiative({ authorId: author.id, title: 'Bankjes in het Julianapark' });
    a = await openPage(browser, app.baseUrl);
    b = await openPage(browser, app.baseUrl);
    await logInThroughUi(a.page, alice);
    await logInThroughUi(b.page, bob);
  });

  afterAll(async () => {
    await a?.context.close();
    await b?.context.close();
    await browser?.close();
    await app?.close();
  });

  it('shows a comment, a support and a notification from A in B without a reload', async () => {
    await b.page.goto(`/initiatieven/${initiative.id}`);
    await waitForHeading(b.page, initiative.title);
    await b.page.getByRole('heading', { name: 'Reacties (0)' }).waitFor();
    // B follows the initiative: a toggle button with aria-pressed.
    const follow = b.page.getByRole('button', { name: 'Volg dit initiatief' });
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    await follow.click();
    await b.page.getByText('U volgt dit initiatief nu.').waitFor();
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    // And the neighbourhood (new initiatives there); pressing again stops following.
    const neighbourhood = b.page.getByRole('button', { name: /^Volg de buurt / });
    expect(await neighbourhood.getAttribute('aria-pressed')).toBe('false');
    await neighbourhood.press('Enter');
    await b.page.getByText(/^U volgt de buurt .* nu\./).waitFor();
    expect(await neighbourhood.getAttribute('aria-pressed')).toBe('true');
    expect(await app.sql(`SELECT target_type FROM follow WHERE user_id = $1 AND following ORDER BY target_type`, [bob.id])).toEqual([
      { target_type: 'initiative' },
      { target_type: 'neighbourhood' },
    ]);
    await neighbourhood.press('Space');
    await b.page.getByText(/^U volgt de buurt .* niet meer\./).waitFor();
    expect(await neighbourhood.getAttribute('aria-pressed')).toBe('false');
    await expectAccessible(b.page);
    await markDocument(b.page);
    expect(await b.page.getByRole('link', { name: 'Meldingen', exact: true }).count()).toBe(1);

    await a.page.goto(`/initiatieven/${initiative.id}`);
    await waitForHeading(a.page, initiative.title);
    // Visitors' empty form is refused before sending.
    await a.page.getByRole('button', { name: 'Plaats reactie' }).click();
    await a.page.getByText('Schrijf eerst uw reactie.').waitFor();
    expect(await activeElementInfo(a.page)).toMatchObject({ tag: 'textarea' });
    await a.page.getByLabel('Schrijf een reactie').fill('Mooi plan, **ik doe mee**!');
    await a.page.getByRole('button', { name: 'Plaats reactie' }).click();
    await a.page.getByRole('status').filter({ hasText: 'Uw reactie staat er nu bij.' }).waitFor();
    await a.page.getByRole('heading', { name: 'Reacties (1)' }).waitFor();
    // The Markdown-lite text is shown as the server's HTML.
    await a.page.locator('.dialoog-comment strong', { hasText: 'ik doe mee' }).waitFor();

    // B sees it arrive, is told politely, and gets a notification (B follows the initiative).
    await b.page.locator('.dialoog-comment', { hasText: 'Mooi plan, ik doe mee!' }).waitFor();
    await b.page.getByRole('heading', { name: 'Reacties (1)' }).waitFor();
    await b.page.getByTestId('initiative-live').filter({ hasText: 'er is een reactie geplaatst' }).waitFor();
    await b.page.getByRole('link', { name: 'Meldingen, 1 ongelezen' }).waitFor({ timeout: 20_000 });

    // A supports; B's count follows.
    const countBefore = (await b.page.locator('.dialoog-support__count').textContent()) ?? '';
    expect(countBefore).toMatch(/^0 van de/);
    await a.page.getByRole('button', { name: 'Steunen' }).click();
    await a.page.getByText('U steunt dit initiatief.').waitFor();
    await b.page.locator('.dialoog-support__count', { hasText: /^1 van de \d+ bewoners steunt dit$/ }).waitFor();
    // Supporters follow automatically.
    await a.page.locator('button[aria-pressed="true"]', { hasText: 'Volg dit initiatief' }).waitFor();
    expect(await stillSameDocument(b.page)).toBe(true);
    expect(unexpectedPageErrors(a.pageErrors)).toEqual([]);
    expect(unexpectedPageErrors(b.pageErrors)).toEqual([]);
  });

  it('replies, edits, reports and deletes comments', async () => {
    // B replies to A: focus moves to the new reply, and A sees it live.
    await b.page.getByRole('button', { name: `Reageren op ${alice.displayName}` }).click();
    const replyField = b.page.getByLabel(`Uw antwoord aan ${alice.displayName}`);
    await replyField.waitFor();
    expect(await activeElementInfo(b.page)).toMatchObject({ tag: 'textarea' });
    await replyField.fill('Ik neem koffie mee.');
    await b.page.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await b.page.getByRole('status').filter({ hasText: 'Uw antwoord is geplaatst.' }).waitFor();
    await b.page.locator('.dialoog-comment-list--replies .dialoog-comment', { hasText: 'Ik neem koffie mee.' }).waitFor();
    await b.page.waitForFunction(() => document.activeElement?.tagName === 'ARTICLE');
    await a.page.locator('.dialoog-comment-list--replies .dialoog-comment', { hasText: 'Ik neem koffie mee.' }).waitFor();
    expect(await stillSameDocument(b.page)).toBe(true);

    // A changes the comment (within 15 minutes), with the keyboard.
    const own = a.page.locator('.dialoog-comment', { hasText: 'Mooi plan' }).first();
    await own.getByRole('button', { name: 'Aanpassen' }).click();
    const editField = a.page.getByLabel('Reactie aanpassen');
    expect(await activeElementInfo(a.page)).toMatchObject({ tag: 'textarea' });
    await editField.fill('Mooi plan, ik doe zeker mee!');
    await a.page.keyboard.press('Tab');
    await a.page.keyboard.press('Enter');
    await own.getByText('Mooi plan, ik doe zeker mee!').waitFor();
    await own.getByText('(aangepast)').waitFor();
    await a.page.getByRole('status').filter({ hasText: 'Uw reactie is aangepast.' }).waitFor();
    expect(await activeElementInfo(a.page)).toMatchObject({ tag: 'button', text: 'Aanpassen' });
    // Nobody else may change it.
    expect(await b.page.locator('.dialoog-comment', { hasText: 'Mooi plan' }).getByRole('button', { name: 'Aanpassen' }).count()).toBe(0);
    // B sees the edit in place, without a reload, and is told politely.
    await b.page.locator('.dialoog-comment', { hasText: 'Mooi plan, ik doe zeker mee!' }).getByText('(aangepast)').waitFor();
    await b.page.getByTestId('initiative-live').filter({ hasText: 'Een reactie is aangepast.' }).waitFor();
    expect(await stillSameDocument(b.page)).toBe(true);

    // B reports A's comment: a reason is needed; focus goes to the thank-you message.
    await b.page.getByRole('button', { name: `Reactie van ${alice.displayName} melden` }).click();
    expect(await activeElementInfo(b.page)).toMatchObject({ tag: 'input' });
    await b.page.getByRole('button', { name: 'Melding versturen' }).click();
    await b.page.getByText('Kies wat er mis is.').waitFor();
    await expectAccessible(b.page);
    await b.page.getByLabel('Spam of reclame').focus();
    await b.page.keyboard.press('Space');
    await b.page.getByLabel('Uitleg').fill('Dit lijkt reclame.');
    await b.page.getByRole('button', { name: 'Melding versturen' }).press('Enter');
    await b.page.getByText('Bedankt voor uw melding. Wij kijken ernaar.').waitFor();
    expect(await activeElementInfo(b.page)).toMatchObject({ tag: 'div', text: 'Bedankt voor uw melding. Wij kijken ernaar.' });
    const reports = (await app.sql(`SELECT reason, text FROM report`)) as Array<{ reason: string; text: string }>;
    expect(reports).toEqual([{ reason: 'spam', text: 'Dit lijkt reclame.' }]);

    // B reports the initiative itself, with the same form.
    await b.page.getByRole('button', { name: 'Meld dit initiatief' }).click();
    expect(await activeElementInfo(b.page)).toMatchObject({ tag: 'input' });
    await b.page.getByLabel('Er staan persoonlijke gegevens in').check();
    await expectAccessible(b.page);
    await b.page.getByRole('button', { name: 'Melding versturen' }).click();
    await b.page.getByText('Bedankt voor uw melding. Wij kijken ernaar.').nth(1).waitFor();
    expect(await app.sql(`SELECT target_type, reason FROM report WHERE target_type = 'initiative'`)).toEqual([
      { target_type: 'initiative', reason: 'personal_data' },
    ]);

    // A deletes the comment; it has a reply, so a placeholder stays.
    await own.getByRole('button', { name: 'Verwijderen' }).click();
    await a.page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await a.page.getByText('Deze reactie is verwijderd.').waitFor();
    await a.page.getByRole('status').filter({ hasText: 'Uw reactie is verwijderd.' }).waitFor();
    expect(await activeElementInfo(a.page)).toMatchObject({ tag: 'h2' });
    // B sees the placeholder replace the comment without a reload.
    await b.page.getByText('Deze reactie is verwijderd.').waitFor();
    await b.page.getByTestId('initiative-live').filter({ hasText: 'Een reactie is weggehaald.' }).waitFor();
    expect(await stillSameDocument(b.page)).toBe(true);
    await expectAccessible(a.page);
    expect(unexpectedPageErrors(a.pageErrors)).toEqual([]);
    expect(unexpectedPageErrors(b.pageErrors)).toEqual([]);
  });

  it('lists notifications on /meldingen and marks them as read with the keyboard', async () => {
    const { page } = b;
    await page.goto('/meldingen');
    await waitForHeading(page, 'Meldingen');
    await page.locator('.dialoog-notification').first().waitFor();
    await expectAccessible(page);
    const unreadBefore = await page.locator('.dialoog-notification--unread').count();
    expect(unreadBefore).toBeGreaterThanOrEqual(1);
    // Every notification links to its initiative.
    expect(await page.locator('.dialoog-notification a').first().getAttribute('href')).toBe(`/initiatieven/${initiative.id}`);

    const first = page.getByRole('button', { name: /^Markeer als gelezen/ }).first();
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await page.getByText('De melding is gelezen.').waitFor();
    expect(await page.locator('.dialoog-notification--unread').count()).toBe(unreadBefore - 1);
    if (unreadBefore > 1) {
      await tabTo(page, page.getByRole('button', { name: 'Alles als gelezen markeren' }));
      await page.keyboard.press('Space');
      await page.getByText('Alle meldingen zijn gelezen.').waitFor();
    }
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    expect(await page.locator('.dialoog-notification--unread').count()).toBe(0);
    await expectAccessible(page);

    // A new notification while the page is open: the list and the count follow.
    await a.page.getByLabel('Schrijf een reactie').fill('Zaterdag om tien uur?');
    await a.page.getByRole('button', { name: 'Plaats reactie' }).click();
    await page.getByRole('link', { name: 'Meldingen, 1 ongelezen' }).waitFor({ timeout: 20_000 });
    await page.locator('.dialoog-notification--unread').first().waitFor();
    expect(unexpectedPageErrors(b.pageErrors)).toEqual([]);
  });

  it('saves e-mail settings per kind with the keyboard, and unsubscribes from the e-mail link', async () => {
    const { page } = b;
    await page.goto('/meldingen/instellingen');
    await waitForHeading(page, 'E-mail over meldingen');
    const group = page.getByRole('group', { name: 'Nieuwe reacties op initiatieven die u volgt' });
    await group.getByLabel('Meteen').waitFor();
    expect(await group.getByLabel('Meteen').isChecked()).toBe(true);
    await expectAccessible(page);
    await tabTo(page, group.getByLabel('Meteen'));
    await page.keyboard.press('ArrowRight');
    expect(await group.getByLabel('Eén keer per dag').isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Uw keuzes zijn opgeslagen.').waitFor();
    await page.reload();
    await waitForHeading(page, 'E-mail over meldingen');
    await group.getByLabel('Eén keer per dag').waitFor();
    expect(await group.getByLabel('Eén keer per dag').isChecked()).toBe(true);

    // The e-mail about the first comment has a link to stop that kind of e-mail.
    const mail = await app.latestMailTo(bob.email, { timeoutMs: 20_000 });
    const link = mail.links.find((candidate) => new URL(candidate).pathname === '/meldingen/afmelden');
    expect(link).toBeDefined();
    const visitor = await openPage(browser, app.baseUrl);
    try {
      await visitor.page.goto(link ?? '');
      await waitForHeading(visitor.page, 'Afmelden voor e-mail');
      await expectAccessible(visitor.page);
      await tabTo(visitor.page, visitor.page.getByRole('button', { name: 'Afmelden' }));
      await visitor.page.keyboard.press('Enter');
      await visitor.page.getByText(/U bent afgemeld\. U krijgt geen e-mail meer over:/).waitFor();
      await expectAccessible(visitor.page);
      expect(unexpectedPageErrors(visitor.pageErrors)).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  });

  it('lets the initiator post news that followers see live, and shows visitors the thread with a login link', async () => {
    const author = await app.sql(`SELECT u.email, u.display_name FROM initiative i JOIN app_user u ON u.id = i.author_id WHERE i.id = $1`, [
      initiative.id,
    ]);
    const { email, display_name: displayName } = author[0] as { email: string; display_name: string };
    const initiator = await openPage(browser, app.baseUrl);
    const visitor = await openPage(browser, app.baseUrl);
    try {
      await logInThroughUi(initiator.page, { email, password: 'een-heel-lang-testwachtwoord-42', displayName });
      await initiator.page.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(initiator.page, initiative.title);
      // The author does not report their own initiative.
      await initiator.page.getByRole('heading', { name: /^Reacties/ }).waitFor();
      expect(await initiator.page.getByRole('button', { name: 'Meld dit initiatief' }).count()).toBe(0);
      await b.page.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(b.page, initiative.title);
      await b.page.getByRole('heading', { name: /^Reacties/ }).waitFor();
      await markDocument(b.page);

      const form = initiator.page.getByRole('form', { name: 'Nieuws plaatsen' });
      await form.getByRole('button', { name: 'Nieuws plaatsen' }).click();
      await form.getByText('Vul een titel in.').waitFor();
      expect(await activeElementInfo(initiator.page)).toMatchObject({ tag: 'input' });
      await form.getByLabel('Titel van het nieuws').fill('De bankjes zijn besteld');
      await form.getByLabel('Wat is er nieuw?').fill('Ze komen in *april*.');
      // An optional photo: once chosen, it needs its alt text.
      const photo = await cameraJpeg(1200, 800);
      await form.getByLabel('Foto bij het nieuws').setInputFiles({ name: 'bankjes.jpg', mimeType: 'image/jpeg', buffer: photo });
      await form.getByRole('button', { name: 'Nieuws plaatsen' }).click();
      await form.getByText('Beschrijf wat er op de foto staat.').waitFor();
      expect(await activeElementInfo(initiator.page)).toMatchObject({ tag: 'input' });
      await expectAccessible(initiator.page);
      await form.getByLabel('Wat staat er op de foto?').fill('Twee houten bankjes op het gras');
      await form.getByRole('button', { name: 'Nieuws plaatsen' }).click();
      await initiator.page.getByText('Uw nieuws is geplaatst. Volgers krijgen een melding.').waitFor();
      await initiator.page.getByRole('heading', { name: 'De bankjes zijn besteld', level: 3 }).waitFor();
      const shown = initiator.page.locator('.dialoog-progress-update').getByRole('img', { name: 'Twee houten bankjes op het gras' });
      await shown.waitFor();
      await initiator.page.waitForFunction(
        () => document.querySelector<HTMLImageElement>('.dialoog-progress-update__photo img')?.naturalWidth === 480,
      );
      await expectAccessible(initiator.page);

      // B follows the initiative: the news appears, is announced, and notifies.
      await b.page.getByRole('heading', { name: 'De bankjes zijn besteld', level: 3 }).waitFor();
      await b.page.locator('.dialoog-progress-update').getByRole('img', { name: 'Twee houten bankjes op het gras' }).waitFor();
      await b.page.getByTestId('initiative-live').filter({ hasText: 'de initiatiefnemer heeft nieuws geplaatst' }).waitFor();
      await b.page.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ }).waitFor({ timeout: 20_000 });
      expect(await b.page.getByRole('form', { name: 'Nieuws plaatsen' }).count()).toBe(0);
      expect(await stillSameDocument(b.page)).toBe(true);

      // A visitor reads the thread and is invited to log in; no bell, no forms.
      await visitor.page.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(visitor.page, initiative.title);
      await visitor.page.getByText('Zaterdag om tien uur?').waitFor();
      await visitor.page.getByRole('link', { name: 'Log in om te reageren' }).waitFor();
      expect(await visitor.page.getByRole('button', { name: 'Plaats reactie' }).count()).toBe(0);
      expect(await visitor.page.getByRole('button', { name: 'Volg dit initiatief' }).count()).toBe(0);
      expect(await visitor.page.getByRole('link', { name: /^Meldingen/ }).count()).toBe(0);
      await expectAccessible(visitor.page);
      expect(unexpectedPageErrors(initiator.pageErrors)).toEqual([]);
      expect(unexpectedPageErrors(visitor.pageErrors)).toEqual([]);
      expect(unexpectedPageErrors(b.pageErrors)).toEqual([]);
    } finally {
      await initiator.context.close();
      await visitor.context.close();
    }
  });

  it('reconnects after the live connection drops and shows what was posted afterwards', async () => {
    const c = await openPage(browser, app.baseUrl);
    try {
      await logInThroughUi(c.page, bob);
      // Every WebSocket of this page goes through a proxy the test can cut; it counts subscriptions.
      const routes: Array<{ close: (options?: { code?: number; reason?: string }) => Promise<void> }> = [];
      let subscribes = 0;
      await c.page.routeWebSocket(/\/graphql$/, (ws) => {
        const server = ws.connectToServer();
        ws.onMessage((message) => {
          if (typeof message === 'string' && message.includes('"type":"subscribe"')) {
            subscribes += 1;
          }
          server.send(message);
        });
        routes.push(ws);
      });
      await c.page.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(c.page, initiative.title);
      await c.page.getByRole('heading', { name: /^Reacties/ }).waitFor();
      // initiativeChanged and notificationAdded.
      await waitUntil(() => subscribes >= 2, 15_000);
      await markDocument(c.page);

      // The connection drops ("going away"); graphql-ws connects again by itself and subscribes again.
      const connections = routes.length;
      await routes[routes.length - 1].close({ code: 1001, reason: 'Going away' });
      await waitUntil(() => routes.length > connections && subscribes >= 4, 20_000);

      await a.page.goto(`/initiatieven/${initiative.id}`);
      await waitForHeading(a.page, initiative.title);
      await a.page.getByLabel('Schrijf een reactie').fill('Na de storing: nog steeds zaterdag.');
      await a.page.getByRole('button', { name: 'Plaats reactie' }).click();
      await a.page.getByRole('status').filter({ hasText: 'Uw reactie staat er nu bij.' }).waitFor();
      await c.page.locator('.dialoog-comment', { hasText: 'Na de storing: nog steeds zaterdag.' }).waitFor({ timeout: 20_000 });
      expect(await stillSameDocument(c.page)).toBe(true);
      expect(unexpectedPageErrors(c.pageErrors)).toEqual([]);
    } finally {
      await c.context.close();
    }
  });
});
