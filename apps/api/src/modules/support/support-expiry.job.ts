import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JOB_EVERY_MS, JobScheduler } from '../jobs/job-scheduler.js';
import { SupportRepository } from './support.repository.js';

/** Every minute (a job of the scheduler): published initiatives whose support window ended below the threshold expire. */
@Injectable()
export class SupportExpiryJob implements OnModuleInit {
  private readonly logger = new Logger(SupportExpiryJob.name);

  constructor(
    private readonly supports: SupportRepository,
    private readonly scheduler: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: 'support.expire', everyMs: JOB_EVERY_MS.supportExpiry, run: () => this.expire() });
  }

  /** One run; failures are logged, not thrown. Tests call this. */
  async run(): Promise<string[]> {
    try {
      return await this.expire();
    } catch (error) {
      this.logger.warn(`Expiry run failed: ${(error as Error).message}`);
      return [];
    }
  }

  private async expire(): Promise<string[]> {
    const expired = await this.supports.expireEnded();
    if (expired.length > 0) {
      this.logger.log(`Expired ${expired.length} initiative(s) whose support window ended.`);
    }
    return expired;
  }
}
