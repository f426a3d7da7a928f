// Two-step login in the browser: an admin sets it up on the security page (reading the key from
// the page and computing the code as an authenticator app would), keeps the recovery codes, requires
// it for staff, logs out and back in with a code (and once with a recovery code). A facilitator
// without a second factor then sees the notice that leads to the security page. Axe on every page.
import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { expectAccessible } from '../support/e2e-harness.js';
import { logInThroughUi, unexpectedPageErrors, waitForHeading, withAdminAndFacilitator, type TestUser } from './e2e-helpers.js';

const codeAt = (secret: string, offsetSteps = 0): string =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

describe('two-step login (TOTP) in the browser', () => {
  const env = withAdminAndFacilitator({ adminViewport: { width: 360, height: 800 } });

  /** Logs out and in again with the password (in the app, no reload), up to the code step. */
  async function logOutAndInWithPassword(page: Page, user: TestUser): Promise<void> {
    await page.getByRole('navigation').getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Inloggen' }).click();
    await waitForHeading(page, 'Inloggen');
    await page.getByLabel('E-mailadres').fill(user.email);
    await page.getByLabel('Wachtwoord').fill(user.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await waitForHeading(page, 'Code uit uw app');
  }

  it('sets up the second factor, requires it for staff, and logs in with a code and with a recovery code', async () => {
    const { page, pageErrors } = env.adminPage;
    await logInThroughUi(page, env.admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Beveiliging' }).click();
    await waitForHeading(page, 'Beveiliging');
    await page.getByText('De tweede stap bij het inloggen staat uit.').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
    const qr = page.getByRole('img', { name: 'QR-code om te scannen met uw app' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tweede stap instellen');
    const secret = ((await page.getByTestId('second-factor-key').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(page);

    // A wrong code first: a field error; then the right one.
    const codeField = page.getByLabel('Code van 6 cijfers');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    await codeField.fill(codeAt(secret) === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
    await page.getByText('Deze code klopt niet of is al gebruikt', { exact: false }).first().waitFor();
    await codeField.fill(codeAt(secret));
    await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
    await page.getByRole('heading', { name: 'Uw herstelcodes' }).waitFor();
    const recoveryCodes = (await page.getByTestId('recovery-codes').locator('li').allTextContents()).map((code) => code.trim());
    expect(recoveryCodes).toHaveLength(10);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await page.getByText('De tweede stap bij het inloggen staat aan.', { exact: false }).waitFor();
    await page.getByText('U hebt nog 10 ongebruikte herstelcodes.', { exact: false }).waitFor();

    // Require it for every member of staff.
    await page.getByLabel('Medewerkers moeten een tweede stap gebruiken').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Medewerkers moeten nu een tweede stap gebruiken.').waitFor();
    await expectAccessible(page);

    // Log out, and in again: the password, then the code of the next time step.
    await logOutAndInWithPassword(page, env.admin);
    const loginCode = page.getByLabel('Code van 6 cijfers');
    expect(await loginCode.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await loginCode.getAttribute('inputmode')).toBe('numeric');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('code');
    await expectAccessible(page);
    await loginCode.fill(codeAt(secret, 1));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByText(`Ingelogd als ${env.admin.displayName}`).waitFor();

    // Once more with a recovery code.
    await logOutAndInWithPassword(page, env.admin);
    await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
    await page.getByLabel('Herstelcode').fill(recoveryCodes[0]);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByText(`Ingelogd als ${env.admin.displayName}`).waitFor();
    expect(unexpectedPageErrors(pageErrors)).toEqual([]);
  });

  it('shows a facilitator without a second factor the way to the security page', async () => {
    const { page } = env.staffPage;
    await logInThroughUi(page, env.facilitator);
    const notice = page.getByText('Uw gemeente verplicht een tweede stap bij het inloggen voor medewerkers.', { exact: false });
    await notice.waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Stel de tweede stap nu in' }).click();
    await waitForHeading(page, 'Beveiliging');
    await page.getByRole('button', { name: 'Tweede stap instellen' }).waitFor();
    await expectAccessible(page);
  });
});
