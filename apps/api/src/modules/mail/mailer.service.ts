import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Language } from '../../common/i18n/messages.js';
import { renderMail, type MailKind } from './mail-templates.js';
import { createMailTransport, type MailTransport } from './mail-transport.js';

export interface AccountMail {
  readonly to: string;
  readonly language: Language;
  readonly kind: MailKind;
  /** The recipient's display name, for the greeting. */
  readonly name: string;
  /** Absolute links, in the order of the template's link labels (see `Mailer.link`). */
  readonly links: readonly string[];
}

/** Delays before the 2nd and 3rd attempt. */
const RETRY_DELAYS_MS = [1_000, 5_000];

/**
 * Sends account e-mail in the background: sending never fails (or slows) the request that
 * caused it. Failures are retried with backoff and then logged. Logs name the subject and,
 * outside production and without SMTP, the links (handy in development) — never the body.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  private readonly transport: MailTransport;
  private readonly pending = new Set<Promise<void>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createMailTransport(config);
  }

  /** An absolute link into the web app, e.g. `link('/e-mail-bevestigen', { token })`. */
  link(path: string, params: Record<string, string> = {}): string {
    const query = new URLSearchParams(params).toString();
    return `${this.config.publicUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
  }

  /** Queues the message and returns at once. */
  send(mail: AccountMail): void {
    const job = this.deliverWithRetry(mail).finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  /** Waits until every queued message is delivered or given up (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending]);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.race([this.flush(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    this.transport.close();
  }

  private async deliverWithRetry(mail: AccountMail): Promise<void> {
    const rendered = renderMail(mail.kind, mail.language, mail.name, mail.links);
    for (let attempt = 0; ; attempt++) {
      try {
        const where = await this.transport.deliver({ from: this.config.mailFrom, to: mail.to, ...rendered });
        const links = this.transport.kind === 'file' && !this.config.production ? ` ${mail.links.join(' ')}` : '';
        this.logger.log(`Mail "${rendered.subject}" (${mail.kind}) → ${where}${links}`);
        return;
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        const reason = error instanceof Error ? error.message : String(error);
        if (delay === undefined) {
          this.logger.error(`Mail "${rendered.subject}" (${mail.kind}) not sent after ${attempt + 1} attempts: ${reason}`);
          return;
        }
        this.logger.warn(`Mail "${rendered.subject}" (${mail.kind}) failed (${reason}); retrying in ${delay} ms`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
