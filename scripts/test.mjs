// `npm test`: the whole suite (unit, integration against real Postgres, browser tests in
// Chromium). Extra arguments go to Jest, e.g. `npm test -- tests/integration/auth`.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './lib/chromium.mjs';

ensureChromium((message) => console.log(message));
const result = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--ci', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
