import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext();
const page = await ctx.newPage();
let t = Date.now();
const lap = (l) => { const n = Date.now(); process.stdout.write(`${l}: ${n - t}ms\n`); t = n; };
await page.setContent('<html lang="nl"><head><title>x</title></head><body><main><h1>Hallo</h1><p>Tekst</p></main></body></html>'); lap('set');
for (let i = 0; i < 2; i++) { await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze(); lap('axe trivial'); }
await page.goto('http://127.0.0.1:4173/inloggen'); await page.getByRole('heading', { level: 1 }).waitFor(); lap('goto login');
for (let i = 0; i < 2; i++) { await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze(); lap('axe login'); }
await browser.close();
