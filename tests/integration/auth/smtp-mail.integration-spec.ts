import { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SMTPServer } from 'smtp-server';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality } from '../../support/factories.js';
import { parseMail, type ReceivedMail } from '../../support/mail-outbox.js';

describe('mail over SMTP (a real local SMTP server)', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let smtp: SMTPServer;
  const received: Array<ReceivedMail & { envelopeTo: string[] }> = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            ...parseMail(Buffer.concat(chunks).toString('utf8')),
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    api = await startApi({ smtpUrl: `smtp://127.0.0.1:${port}` });
    town = await api.factories.createMunicipality();
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('delivers the verification mail to the SMTP server, with subject, recipient and link', async () => {
    const email = `smtp-${Date.now()}@example.org`;
    const result = await api.client(town.slug).request(`mutation($input: RegisterInput!) { register(input: $input) { message } }`, {
      input: { email, password: 'een lange zin als wachtwoord', displayName: 'Per Post' },
    });
    expect(result.errors).toBeUndefined();
    const deadline = Date.now() + 5_000;
    while (!received.some((m) => m.envelopeTo.includes(email)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const mail = received.find((m) => m.envelopeTo.includes(email));
    expect(mail?.subject).toBe('Bevestig uw e-mailadres voor Dialoog');
    expect(mail?.to).toContain(email);
    expect(mail?.links[0]).toMatch(new RegExp(`^${api.baseUrl}/e-mail-bevestigen\\?token=[A-Za-z0-9_-]{43}$`));
  });
});
