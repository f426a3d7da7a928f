import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { NotificationMailer } from './notification-mailer.service.js';
import { OutboxProcessor } from './outbox-processor.service.js';
import { OutboxRepository } from './outbox.repository.js';

const DIGEST_EVERY_MS = 5 * 60_000;
const PRUNE_EVERY_MS = 60 * 60_000;

/**
 * The background work of notifications, in-process on every instance (every `outboxPollMs`):
 * outbox → notifications and live events, then due e-mails; digests every five minutes. Several
 * instances share the work safely (SKIP LOCKED claims); an instance with `outboxPollMs` 0 does none.
 */
@Injectable()
export class NotificationJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('NotificationJobs');
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> = Promise.resolve();
  private lastDigest = 0;
  private lastPrune = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly processor: OutboxProcessor,
    private readonly mailer: NotificationMailer,
    private readonly outbox: OutboxRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.outboxPollMs > 0) {
      this.timer = setInterval(() => void this.runOnce(), this.config.outboxPollMs);
      this.timer.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.current;
  }

  /** One round of everything that is due (after the round in progress, if any). Tests call this. */
  runOnce(now: Date = new Date()): Promise<void> {
    this.current = this.current.then(() => this.round(now));
    return this.current;
  }

  private async round(now: Date): Promise<void> {
    try {
      await this.processor.drain();
      await this.mailer.sendDue();
      if (now.getTime() - this.lastDigest >= DIGEST_EVERY_MS) {
        this.lastDigest = now.getTime();
        await this.mailer.sendDigests(now);
      }
      if (now.getTime() - this.lastPrune >= PRUNE_EVERY_MS) {
        this.lastPrune = now.getTime();
        await this.outbox.prune();
      }
    } catch (error) {
      this.logger.warn(`Notification jobs failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
