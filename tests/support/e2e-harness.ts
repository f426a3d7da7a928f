import { join } from 'node:path';
import { expect } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AppConfig } from '../../apps/api/src/config/app-config.js';
import type { InitiativeStatus, Role } from '../../libs/domain/src/index.js';
import { CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';
import { startApi } from './api-harness.js';
import type { ReceivedMail } from './mail-outbox.js';

export interface E2eApp {
  baseUrl: string;
  factories: {
    createUser(opts?: {
      role?: Role;
      password?: string;
      verified?: boolean;
    }): Promise<{ id: string; email: string; password: string; displayName: string }>;
    createInitiative(opts: { authorId: string; title?: string; status?: string }): Promise<{ id: string; title: string }>;
  };
  municipality: { id: string; name: string; neighbourhoodIds: string[]; themeIds: string[] };
  /** Sets the municipality's support threshold (e.g. 2, to reach UNDER_REVIEW in a browser test). */
  setSupportThreshold(supports: number): Promise<void>;
  /** Direct SQL for arranging data the UI cannot (e.g. a matching budget). */
  sql(text: string, params?: unknown[]): Promise<unknown[]>;
  /** The newest e-mail to `email` (verification, password reset …), waiting for it; `links` holds its URLs. */
  latestMailTo(email: string, options?: { after?: Date; timeoutMs?: number }): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * The API serving the built web app (dist/web) on a fresh database with one municipality, "Testgemeente".
 * `config` sets more of the configuration (e.g. `mapTileUrl`, `geocoderUrl` pointing at a local server).
 */
export async function startE2eApp(config: Partial<AppConfig> = {}): Promise<E2eApp> {
  // Live updates and notifications run as in production (the integration default turns them off).
  const api = await startApi({ webDist: join(process.cwd(), 'dist', 'web'), outboxPollMs: 100, ...config });
  const town = await api.factories.createMunicipality({ slug: 'testgemeente', name: 'Testgemeente' });
  return {
    baseUrl: api.baseUrl,
    municipality: town,
    factories: {
      createUser: (opts = {}) => api.factories.createUser(town.id, opts),
      createInitiative: (opts) =>
        api.factories.createInitiative(town.id, {
          authorId: opts.authorId,
          title: opts.title,
          status: (opts.status ?? 'published') as InitiativeStatus,
          neighbourhoodId: town.neighbourhoodIds[0],
          themeId: town.themeIds[0],
        }),
    },
    latestMailTo: (email, options) => api.latestMailTo(email, options),
    setSupportThreshold: async (supports) => {
      await api.db.query(`UPDATE municipality SET support_threshold = $2 WHERE id = $1`, [town.id, supports]);
    },
    sql: async (text, params = []) => (await api.db.query(text, params)).rows as unknown[],
    close: () => api.close(),
  };
}

/** Headless Debian Chromium; Playwright gives every launch a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs axe (WCAG 2.0/2.1/2.2 A and AA) on the page and fails with the list of violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}
