import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JOB_EVERY_MS, JobScheduler } from '../jobs/job-scheduler.js';
import { NotificationMailer } from './notification-mailer.service.js';
import { OutboxProcessor } from './outbox-processor.service.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * The background work of notifications, as jobs of the scheduler: outbox → notifications and live
 * events, then due e-mails (every `outboxPollMs`); digests (every five minutes); pruning the outbox
 * (hourly). Each step is safe with several runners at once (SKIP LOCKED claims).
 */
@Injectable()
export class NotificationJobs implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('NotificationJobs');
  private current: Promise<void> = Promise.resolve();
  private lastDigest = 0;
  private lastPrune = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: JobScheduler,
    private readonly processor: OutboxProcessor,
    private readonly mailer: NotificationMailer,
    private readonly outbox: OutboxRepository,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: 'notifications.deliver', everyMs: Math.max(this.config.outboxPollMs, 50), run: () => this.deliver() });
    this.scheduler.register({ name: 'notifications.digests', everyMs: JOB_EVERY_MS.digests, run: () => this.mailer.sendDigests() });
    this.scheduler.register({ name: 'notifications.prune', everyMs: JOB_EVERY_MS.prune, run: () => this.outbox.prune() });
  }

  /** A round started with `runOnce` finishes before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.current;
  }

  /** Outbox → notifications, then the e-mails that are due. */
  async deliver(): Promise<void> {
    await this.processor.drain();
    await this.mailer.sendDue();
  }

  /**
   * One round of everything that is due, as `now` sees it (after the round in progress, if any):
   * delivery always, digests and pruning when their interval has passed. Tests call this.
   */
  runOnce(now: Date = new Date()): Promise<void> {
    this.current = this.current.then(() => this.round(now));
    return this.current;
  }

  private async round(now: Date): Promise<void> {
    try {
      await this.deliver();
      if (now.getTime() - this.lastDigest >= JOB_EVERY_MS.digests) {
        this.lastDigest = now.getTime();
        await this.mailer.sendDigests(now);
      }
      if (now.getTime() - this.lastPrune >= JOB_EVERY_MS.prune) {
        this.lastPrune = now.getTime();
        await this.outbox.prune();
      }
    } catch (error) {
      this.logger.warn(`Notification jobs failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
