import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SupportRepository } from './support.repository.js';

const EVERY_MS = 60_000;

/** Every minute: published initiatives whose support window ended below the threshold expire. */
@Injectable()
export class SupportExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SupportExpiryJob.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly supports: SupportRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) {
      clearInterval(this.timer);
    }
  }

  async run(): Promise<string[]> {
    try {
      const expired = await this.supports.expireEnded();
      if (expired.length > 0) {
        this.logger.log(`Expired ${expired.length} initiative(s) whose support window ended.`);
      }
      return expired;
    } catch (error) {
      this.logger.warn(`Expiry run failed: ${(error as Error).message}`);
      return [];
    }
  }
}
