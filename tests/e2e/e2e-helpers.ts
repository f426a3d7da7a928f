// Small helpers shared by the browser journeys. The app, database and browser come from
// tests/support/e2e-harness.ts (owned by the API side); these drive pages and set up common casts.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startE2eApp } from '../support/e2e-harness.js';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Accept-Language headers of every /graphql request made by the page, in order. */
  graphqlLanguages: string[];
  /** Uncaught exceptions and console errors (e.g. CSP violations) seen on the page. */
  pageErrors: string[];
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<OpenedPage> {
  // axe needs pages from a context (browser.newPage() is refused by AxeBuilder).
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'nl-NL' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const graphqlLanguages: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') {
      graphqlLanguages.push(request.headers()['accept-language'] ?? '');
    }
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // A GraphQL error may come with a 4xx status, which the browser logs; that is not a page error.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      pageErrors.push(message.text());
    }
  });
  return { context, page, graphqlLanguages, pageErrors };
}

export async function h1Text(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  return (await heading.textContent())?.trim() ?? '';
}

/** Waits for the page's h1 to read `name` (pages show a loading heading first). */
export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export async function activeElementInfo(page: Page): Promise<{ tag: string; id: string; text: string; role: string | null }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      text: element?.textContent?.trim() ?? '',
      role: element?.getAttribute('role') ?? null,
    };
  });
}

export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

/**
 * Page errors except the map tiles that the server's CSP (img-src 'self' data:) refuses: until the
 * tile host is allowed there, the browser reports every blocked tile. Anything else still counts.
 */
export function unexpectedPageErrors(pageErrors: readonly string[]): string[] {
  return pageErrors.filter(
    (message) => !/(Refused to load|Loading) the image 'https?:\/\/[^']*tile[^']*'.*Content Security Policy/.test(message),
  );
}

/** Logs in through the login page and waits until the header shows the user. */
export async function logInThroughUi(page: Page, user: { email: string; password: string; displayName: string }): Promise<void> {
  await page.goto('/inloggen');
  await waitForHeading(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(user.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText(`Ingelogd als ${user.displayName}`).waitFor();
}

export type E2eApp = Awaited<ReturnType<typeof startE2eApp>>;
export type TestUser = Awaited<ReturnType<E2eApp['factories']['createUser']>>;

/** The app, a browser, an admin and a facilitator (both with a password), and an open page for each. */
export interface AdminAndFacilitator {
  app: E2eApp;
  browser: Browser;
  admin: TestUser;
  facilitator: TestUser;
  /** The admin's page (logged out at first). */
  adminPage: OpenedPage;
  /** The facilitator's page (logged out at first). */
  staffPage: OpenedPage;
}

/**
 * Starts the app and the browser for a suite with an admin and a facilitator, and closes all of it
 * after the suite. Call inside `describe`; the fields of the returned object are set in `beforeAll`.
 */
export function withAdminAndFacilitator(options: { adminViewport?: { width: number; height: number } } = {}): AdminAndFacilitator {
  const env = {} as AdminAndFacilitator;
  beforeAll(async () => {
    env.app = await startE2eApp();
    env.browser = await launchBrowser();
    env.admin = await env.app.factories.createUser({ role: 'admin', password: 'een-heel-lang-wachtwoord-voor-de-beheerder' });
    env.facilitator = await env.app.factories.createUser({ role: 'facilitator', password: 'een-heel-lang-wachtwoord-voor-de-gemeente' });
    env.adminPage = await openPage(env.browser, env.app.baseUrl, options.adminViewport);
    env.staffPage = await openPage(env.browser, env.app.baseUrl);
  });
  afterAll(async () => {
    await env.adminPage?.context.close();
    await env.staffPage?.context.close();
    await env.browser?.close();
    await env.app?.close();
  });
  return env;
}
