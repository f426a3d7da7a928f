import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext();
const page = await ctx.newPage();
let t = Date.now();
const lap = (l) => { const n = Date.now(); process.stdout.write(`${l}: ${n - t}ms\n`); t = n; };
await page.goto('http://127.0.0.1:4173/'); lap('goto');
await page.getByRole('heading', { level: 1 }).waitFor(); lap('h1');
await page.waitForLoadState('networkidle'); lap('networkidle');
for (const dis of [[], ['css-orientation-lock'], ['color-contrast'], ['css-orientation-lock','color-contrast']]) { await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).disableRules(dis).analyze(); lap('axe ' + dis); }
await browser.close();
