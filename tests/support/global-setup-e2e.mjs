// Browser tests need Chromium, the database set-up and the built web app.
import { execFileSync } from 'node:child_process';
import { ensureChromium } from '../../scripts/lib/chromium.mjs';
import globalSetup from './global-setup.mjs';

export default async function globalSetupE2e() {
  ensureChromium((m) => console.log(m));
  await globalSetup();
  if (process.env.DIALOOG_SKIP_WEB_BUILD !== '1') {
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'],
      {
        stdio: 'inherit',
      },
    );
  }
}
