/** One run of a job, as the handler sees it. */
export interface JobRun {
  /** Unique per run (BullMQ job id, or a counter in process); the same across retries of that run. */
  readonly id: string;
  /** 1 for the first attempt, 2 for the first retry… */
  readonly attempt: number;
}

/** A recurring background job: its name (unique), how often it runs, and what it does. */
export interface JobDefinition {
  readonly name: string;
  readonly everyMs: number;
  /** Throws to fail the run (BullMQ retries it with backoff; in process the next interval is the retry). */
  run(job: JobRun): Promise<unknown>;
}

/** How many jobs wait in a queue, by state (for `/metrics`). */
export interface QueueDepth {
  readonly queue: string;
  readonly state: string;
  readonly count: number;
}

export interface EnqueueOptions {
  /** Attempts in all (first try included); default 3. */
  readonly attempts?: number;
  /** First retry delay (doubles each retry); default 1 s. */
  readonly backoffMs?: number;
}

/**
 * Runs the background jobs. Modules register their jobs when they start (`onModuleInit`); the
 * scheduler starts them when the application has started, unless `outboxPollMs` is 0 (tests run
 * the jobs themselves). Two implementations: in process (no `REDIS_URL`; one instance runs
 * everything) and BullMQ (one queue in Redis shared by every instance; each run happens once).
 */
export abstract class JobScheduler {
  abstract register(job: JobDefinition): void;
  /** Runs a registered job once, soon, on whichever instance takes it. */
  abstract enqueue(name: string, options?: EnqueueOptions): Promise<void>;
  /** The queue's depth by state (nothing in process: there is no queue). */
  abstract depth(): Promise<QueueDepth[]>;
  /** The registered jobs, for logs and tests. */
  abstract jobs(): readonly JobDefinition[];
}

/** Job intervals (the outbox job runs every `outboxPollMs`). */
export const JOB_EVERY_MS = {
  digests: 5 * 60_000,
  prune: 60 * 60_000,
  supportExpiry: 60_000,
  shiftReminders: 10 * 60_000,
  inboxOverdue: 15 * 60_000,
} as const;
