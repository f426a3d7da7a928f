// Mock of tests/support/e2e-harness.ts for local runs only (deleted before hand-over).
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain JS mock
import { addInitiative, addUser, createState, startMockServer } from './mock-server.mjs';

export async function startE2eApp() {
  const state = createState();
  const server = await startMockServer(state);
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    factories: {
      async createUser(opts: { password?: string } = {}) {
        const u = addUser(state, { email: `u-${randomUUID()}@example.org`, password: opts.password ?? 'wachtwoord-123', displayName: 'Jan Jansen' });
        return { id: u.id, email: u.email, password: u.password, displayName: u.displayName };
      },
      async createInitiative(opts: { authorId: string; title?: string; status?: string }) {
        const i = addInitiative(state, { authorId: opts.authorId, title: opts.title ?? 'Een initiatief', status: (opts.status ?? 'draft').toUpperCase() });
        return { id: i.id, title: i.title };
      },
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const list = result.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => '   ' + n.target.join(' ') + ' ' + n.failureSummary).join('\n')}`);
  if (list.length) throw new Error(`axe violations on ${page.url()}:\n${list.join('\n')}`);
}
