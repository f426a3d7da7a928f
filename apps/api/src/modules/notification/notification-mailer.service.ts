import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { digestCutoff, mailRetryDelayMs } from '#domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { createMailTransport, type MailEnvelope, type MailTransport } from '../mail/mail-transport.js';
import { renderNotificationMail, type MailItem } from './notification-mail.js';
import { NotificationMailRepository, type MailJob } from './notification-mail.repository.js';
import { signUnsubscribe } from './unsubscribe-token.js';

const BATCH = 50;

/**
 * Notification e-mail: one mail per notification for "immediately", one digest per person for
 * "daily" and "weekly". Runs in the background jobs, never in a request; a failed delivery is
 * retried with backoff (state kept in the database, so nothing is lost on a restart).
 */
@Injectable()
export class NotificationMailer implements OnApplicationShutdown {
  private readonly logger = new Logger('NotificationMailer');
  private readonly transport: MailTransport;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mails: NotificationMailRepository,
  ) {
    this.transport = createMailTransport(config);
  }

  /** Sends every immediate mail that is due; returns how many were sent. */
  async sendDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const jobs = await this.mails.claimImmediate(BATCH);
      for (const job of jobs) {
        sent += (await this.deliver([job], null)) ? 1 : 0;
      }
      if (jobs.length < BATCH) {
        return sent;
      }
    }
  }

  /** Sends the digests that are due at `now`: what happened before today (daily) or this week (weekly). */
  async sendDigests(now: Date = new Date()): Promise<number> {
    let sent = 0;
    for (const digest of ['daily', 'weekly'] as const) {
      // Someone who switched a kind to "immediately" gets what was waiting with the next daily digest.
      const frequencies = digest === 'daily' ? (['daily', 'immediately'] as const) : (['weekly'] as const);
      for (;;) {
        const jobs = await this.mails.claimDigest(digestCutoff(digest, now), frequencies, 500);
        const byUser = new Map<string, MailJob[]>();
        for (const job of jobs) {
          byUser.set(job.userId, [...(byUser.get(job.userId) ?? []), job]);
        }
        for (const group of byUser.values()) {
          sent += (await this.deliver(group, digest)) ? 1 : 0;
        }
        if (jobs.length < 500) {
          break;
        }
      }
    }
    return sent;
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  private async deliver(jobs: MailJob[], digest: 'daily' | 'weekly' | null): Promise<boolean> {
    const wanted = jobs.filter((j) => j.frequency !== 'off');
    const ids = jobs.map((j) => j.id);
    if (wanted.length === 0) {
      await this.mails.markSkipped(ids);
      return false;
    }
    const first = wanted[0];
    const items: MailItem[] = wanted.map((job) => ({
      kind: job.kind,
      payload: job.payload,
      link: job.initiativeId ? this.link(`/initiatieven/${job.initiativeId}`) : null,
      unsubscribeLink: this.link('/meldingen/afmelden', {
        token: signUnsubscribe(this.config.jwtSecret, { municipalityId: job.municipalityId, userId: job.userId, kind: job.kind }),
      }),
    }));
    const rendered = renderNotificationMail(first.language, first.displayName, items, digest);
    const oneClick = items[0].unsubscribeLink;
    const envelope: MailEnvelope & { list: unknown; headers: Record<string, string> } = {
      from: this.config.mailFrom,
      to: first.email,
      ...rendered,
      // RFC 8058 one-click unsubscribe (mail clients POST to the link); for a digest, its first kind.
      list: { unsubscribe: oneClick },
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
    try {
      await this.transport.deliver(envelope);
      await this.mails.markSent(ids);
      return true;
    } catch (error) {
      const attempts = Math.max(...jobs.map((j) => j.attempts)) + 1;
      const retryIn = mailRetryDelayMs(attempts);
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(
        `Notification mail (${digest ?? first.kind}) failed, attempt ${attempts}: ${reason}${retryIn === null ? '; giving up' : ''}`,
      );
      await this.mails.markFailed(ids, reason, retryIn);
      return false;
    }
  }

  private link(path: string, params: Record<string, string> = {}): string {
    const query = new URLSearchParams(params).toString();
    return `${this.config.publicUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
  }
}
