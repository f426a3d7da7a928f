// Browser tests need Debian's Chromium. Install it when we can (root with apt); otherwise fail
// with the package name. Browser tests never skip silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(log = () => {}) {
  if (existsSync(CHROMIUM_PATH)) {
    return CHROMIUM_PATH;
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    log('Chromium is missing: installing the Debian package "chromium" (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(CHROMIUM_PATH)) {
      return CHROMIUM_PATH;
    }
  }
  throw new Error(
    `Browser tests need Chromium at ${CHROMIUM_PATH}. Install the Debian package "chromium" (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}
