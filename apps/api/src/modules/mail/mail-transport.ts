import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/app-config.js';

export interface MailEnvelope {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Where messages go: an SMTP server, or `.eml` files in a directory (development and tests). */
export interface MailTransport {
  readonly kind: 'smtp' | 'file';
  /** Delivers one message; returns where it went (message id or file path). Throws on failure. */
  deliver(mail: MailEnvelope): Promise<string>;
  close(): void;
}

class SmtpTransport implements MailTransport {
  readonly kind = 'smtp';
  private readonly transport: Transporter;

  constructor(url: string) {
    this.transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  }

  async deliver(mail: MailEnvelope): Promise<string> {
    const info = (await this.transport.sendMail(mail)) as { messageId?: string };
    return info.messageId ?? '';
  }

  close(): void {
    this.transport.close();
  }
}

class FileTransport implements MailTransport {
  readonly kind = 'file';
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  private ready: Promise<unknown> | null = null;

  constructor(private readonly dir: string) {}

  async deliver(mail: MailEnvelope): Promise<string> {
    this.ready ??= mkdir(this.dir, { recursive: true });
    await this.ready;
    const info = (await this.composer.sendMail(mail)) as { message: Buffer };
    const file = join(this.dir, `${Date.now()}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, info.message);
    return file;
  }

  close(): void {
    this.composer.close();
  }
}

export function createMailTransport(config: Pick<AppConfig, 'smtpUrl' | 'mailDir'>): MailTransport {
  return config.smtpUrl ? new SmtpTransport(config.smtpUrl) : new FileTransport(config.mailDir);
}
