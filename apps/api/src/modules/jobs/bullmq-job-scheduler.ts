import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JobScheduler, type EnqueueOptions, type JobDefinition, type QueueDepth } from './job-scheduler.js';

export const JOB_QUEUE_NAME = 'jobs';

/** Every run: three attempts with exponential backoff; finished runs are trimmed, failed ones kept a while. */
const RUN_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 500 },
};

const COUNTED_STATES = ['waiting', 'delayed', 'active', 'failed'] as const;

/**
 * Jobs in one BullMQ queue in Redis (`REDIS_URL`, keys under `jobQueuePrefix`). Every instance
 * upserts the job schedulers (idempotent: one scheduler per job name, whoever writes it) and runs
 * a worker with concurrency 1; BullMQ hands each run to one worker, so a run happens once however
 * many instances there are, and a run that throws is retried with backoff, not lost.
 */
@Injectable()
export class BullmqJobScheduler extends JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly registered = new Map<string, JobDefinition>();
  private queueConnection: Redis | null = null;
  private workerConnection: Redis | null = null;
  private queueInstance: Queue | null = null;
  private worker: Worker | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  register(job: JobDefinition): void {
    this.registered.set(job.name, job);
  }

  jobs(): readonly JobDefinition[] {
    return [...this.registered.values()];
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.outboxPollMs <= 0) {
      return;
    }
    const queue = this.queue();
    for (const job of this.registered.values()) {
      await queue.upsertJobScheduler(job.name, { every: job.everyMs }, { name: job.name, opts: RUN_OPTIONS });
    }
    this.workerConnection = this.connect('worker', null);
    this.worker = new Worker(JOB_QUEUE_NAME, (run: Job) => this.process(run), {
      connection: this.workerConnection,
      prefix: this.config.jobQueuePrefix,
      concurrency: 1,
    });
    this.worker.on('error', (error: Error) => this.logger.warn(`Job worker: ${error.message}`));
    this.worker.on('failed', (run: Job | undefined, error: Error) =>
      this.logger.warn(`Job ${run?.name ?? '?'} failed (attempt ${run?.attemptsMade ?? '?'}): ${error.message}`),
    );
    this.logger.log(`Jobs on BullMQ (${this.config.jobQueuePrefix}): ${[...this.registered.keys()].join(', ')}`);
  }

  /** Waits for the run in progress, then closes the worker and the queue. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queueInstance?.close();
    for (const connection of [this.workerConnection, this.queueConnection]) {
      connection?.disconnect();
    }
  }

  async enqueue(name: string, options: EnqueueOptions = {}): Promise<void> {
    if (!this.registered.has(name)) {
      throw new Error(`No job named ${name}`);
    }
    await this.queue().add(
      name,
      {},
      {
        ...RUN_OPTIONS,
        attempts: options.attempts ?? 3,
        backoff: { type: 'exponential', delay: options.backoffMs ?? 1_000 },
      },
    );
  }

  async depth(): Promise<QueueDepth[]> {
    const counts = await this.queue().getJobCounts(...COUNTED_STATES);
    return COUNTED_STATES.map((state) => ({ queue: JOB_QUEUE_NAME, state, count: counts[state] ?? 0 }));
  }

  private async process(run: Job): Promise<void> {
    const job = this.registered.get(run.name);
    if (!job) {
      // A job of another version of the application: leave it to an instance that knows it.
      throw new Error(`No job named ${run.name} on this instance`);
    }
    await job.run({ id: run.id ?? run.name, attempt: run.attemptsMade + 1 });
  }

  private queue(): Queue {
    if (!this.queueInstance) {
      // Adding jobs and counting them fails fast while Redis is away (the worker connection waits instead).
      this.queueConnection = this.connect('queue', 1);
      this.queueInstance = new Queue(JOB_QUEUE_NAME, { connection: this.queueConnection, prefix: this.config.jobQueuePrefix });
      this.queueInstance.on('error', (error: Error) => this.logger.warn(`Job queue: ${error.message}`));
    }
    return this.queueInstance;
  }

  private connect(role: string, maxRetriesPerRequest: number | null): Redis {
    const redis = new Redis(this.config.redisUrl ?? '', { maxRetriesPerRequest, connectTimeout: 2_000 });
    let lastError = 0;
    redis.on('error', (error: Error) => {
      if (Date.now() - lastError > 10_000) {
        lastError = Date.now();
        this.logger.warn(`Redis (${role}): ${error.message}`);
      }
    });
    return redis;
  }
}
