import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { dutchDate } from '#domain';
import { JOB_EVERY_MS, JobScheduler } from '../jobs/job-scheduler.js';
import { InboxRepository } from './inbox.repository.js';

/**
 * A job of the scheduler (every fifteen minutes): an inbox item whose response deadline has passed is
 * announced once (`item_overdue`) to its assignee, or to every facilitator when nobody has it.
 */
@Injectable()
export class InboxOverdueJob implements OnModuleInit {
  private readonly logger = new Logger(InboxOverdueJob.name);

  constructor(
    private readonly items: InboxRepository,
    private readonly scheduler: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: 'inbox.overdue', everyMs: JOB_EVERY_MS.inboxOverdue, run: () => this.run() });
  }

  /** One run at `now`; returns how many items were announced. Tests call this. */
  async run(now: Date = new Date()): Promise<number> {
    const announced = await this.items.announceOverdue(dutchDate(now));
    if (announced > 0) {
      this.logger.log(`Announced ${announced} overdue inbox item(s).`);
    }
    return announced;
  }
}
