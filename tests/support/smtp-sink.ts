import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { parseMail, type ReceivedMail } from './mail-outbox.js';

/** A message the sink received: parsed, with the SMTP envelope recipients and the raw text. */
export type SinkMail = ReceivedMail & { envelopeTo: string[]; raw: string };

export interface SmtpSink {
  /** The `smtpUrl` to give `startApi`. */
  url: string;
  /** Every message accepted so far, in order. */
  received: SinkMail[];
  /** Refuse the next `count` messages with a temporary failure (451), as a busy server does. */
  failNext: (count: number) => void;
  close: () => Promise<void>;
}

/** A real local SMTP server (no TLS, no login) that keeps what it receives. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: SinkMail[] = [];
  let failing = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failing > 0) {
          failing--;
          callback(Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({ ...parseMail(raw), envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext: (count) => {
      failing = count;
    },
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
