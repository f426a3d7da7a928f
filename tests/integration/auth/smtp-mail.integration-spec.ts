import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality } from '../../support/factories.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';

describe('mail over SMTP (a real local SMTP server)', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    api = await startApi({ smtpUrl: smtp.url });
    town = await api.factories.createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('delivers the verification mail to the SMTP server, with subject, recipient and link', async () => {
    const email = `smtp-${Date.now()}@example.org`;
    const result = await api.client(town.slug).request(`mutation($input: RegisterInput!) { register(input: $input) { message } }`, {
      input: { email, password: 'een lange zin als wachtwoord', displayName: 'Per Post' },
    });
    expect(result.errors).toBeUndefined();
    const deadline = Date.now() + 5_000;
    while (!smtp.received.some((m) => m.envelopeTo.includes(email)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const mail = smtp.received.find((m) => m.envelopeTo.includes(email));
    expect(mail?.subject).toBe('Bevestig uw e-mailadres voor Dialoog');
    expect(mail?.to).toContain(email);
    expect(mail?.links[0]).toMatch(new RegExp(`^${api.baseUrl}/e-mail-bevestigen\\?token=[A-Za-z0-9_-]{43}$`));
  });
});
