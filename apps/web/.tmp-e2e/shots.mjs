import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [w, h, tag] of [[360, 740, 'm'], [1280, 900, 'd']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto('http://127.0.0.1:4173/');
  await page.getByRole('link', { name: 'Initiatief nummer 25', exact: true }).waitFor();
  await page.screenshot({ path: `/tmp/list-${tag}.png`, fullPage: false });
  await page.getByRole('link', { name: 'Initiatief nummer 25', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();
  await page.screenshot({ path: `/tmp/detail-${tag}.png`, fullPage: true });
  await page.goto('http://127.0.0.1:4173/inloggen');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('alert').waitFor();
  await page.keyboard.press('Tab');
  await page.screenshot({ path: `/tmp/login-${tag}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
