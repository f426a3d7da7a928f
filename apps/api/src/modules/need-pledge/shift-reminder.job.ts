import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { shiftReminderWindow } from '#domain';
import { JOB_EVERY_MS, JobScheduler } from '../jobs/job-scheduler.js';
import { PledgeRepository } from './pledge.repository.js';

/**
 * A job of the scheduler (every ten minutes): everyone with an active pledge on a shift that starts
 * within 24 hours gets one `shift_reminder` notification (in the app, and by e-mail per their
 * preference, through the outbox).
 */
@Injectable()
export class ShiftReminderJob implements OnModuleInit {
  private readonly logger = new Logger(ShiftReminderJob.name);

  constructor(
    private readonly pledges: PledgeRepository,
    private readonly scheduler: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: 'pledge.shift-reminders', everyMs: JOB_EVERY_MS.shiftReminders, run: () => this.run() });
  }

  /** One run at `now`; returns the reminded pledges. Tests call this. */
  async run(now: Date = new Date()): Promise<string[]> {
    const { after, until } = shiftReminderWindow(now);
    const reminded = await this.pledges.remindShifts(after, until);
    if (reminded.length > 0) {
      this.logger.log(`Reminded ${reminded.length} volunteer(s) of their shift.`);
    }
    return reminded;
  }
}
