import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JobScheduler, type EnqueueOptions, type JobDefinition, type QueueDepth } from './job-scheduler.js';

/**
 * Jobs on timers in this process, one at a time (a job that is still queued or running is not
 * queued again). For a single instance without Redis; several such instances would each run every
 * job, which the jobs tolerate (SKIP LOCKED claims, idempotent writes) but do not need.
 */
@Injectable()
export class InProcessJobScheduler extends JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly registered = new Map<string, JobDefinition>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly queued = new Set<string>();
  private current: Promise<void> = Promise.resolve();
  private runs = 0;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  register(job: JobDefinition): void {
    this.registered.set(job.name, job);
  }

  jobs(): readonly JobDefinition[] {
    return [...this.registered.values()];
  }

  onApplicationBootstrap(): void {
    if (this.config.outboxPollMs <= 0) {
      return;
    }
    for (const job of this.registered.values()) {
      // Every job runs once soon after the start, then at its interval.
      const first = setTimeout(() => this.queue(job, 1), Math.min(job.everyMs, this.config.outboxPollMs));
      const timer = setInterval(() => this.queue(job, 1), job.everyMs);
      first.unref();
      timer.unref();
      this.timers.push(first, timer);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) {
      clearTimeout(timer);
    }
    await this.current;
  }

  async enqueue(name: string, options: EnqueueOptions = {}): Promise<void> {
    const job = this.registered.get(name);
    if (!job) {
      throw new Error(`No job named ${name}`);
    }
    this.queue(job, options.attempts ?? 3, options.backoffMs ?? 1_000);
    await Promise.resolve();
  }

  depth(): Promise<QueueDepth[]> {
    return Promise.resolve([]);
  }

  private queue(job: JobDefinition, attempts: number, backoffMs = 1_000): void {
    if (this.stopped || this.queued.has(job.name)) {
      return;
    }
    this.queued.add(job.name);
    const id = String(++this.runs);
    this.current = this.current.then(async () => {
      this.queued.delete(job.name);
      for (let attempt = 1; attempt <= attempts && !this.stopped; attempt++) {
        try {
          await job.run({ id, attempt });
          return;
        } catch (error) {
          this.logger.warn(`Job ${job.name} failed (attempt ${attempt}): ${error instanceof Error ? error.message : String(error)}`);
          if (attempt < attempts) {
            await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
          }
        }
      }
    });
  }
}
