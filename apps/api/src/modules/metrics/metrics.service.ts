import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { JobScheduler } from '../jobs/job-scheduler.js';

/** The pg pool behind TypeORM's Postgres driver. */
interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names are chosen by clients: at most this many distinct ones become labels, the rest is "other". */
const MAX_OPERATION_NAMES = 200;

/** Prometheus metrics of this process, in its own registry (several apps may share a process in tests). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly requests: Counter<'operation' | 'type' | 'outcome'>;
  private readonly durations: Histogram<'operation' | 'type'>;

  constructor(@InjectDataSource() db: DataSource, jobs: JobScheduler) {
    collectDefaultMetrics({ register: this.registry, prefix: 'dialoog_' });
    this.requests = new Counter({
      name: 'dialoog_graphql_requests_total',
      help: 'GraphQL operations by name, type and outcome (ok or error).',
      labelNames: ['operation', 'type', 'outcome'],
      registers: [this.registry],
    });
    this.durations = new Histogram({
      name: 'dialoog_graphql_request_duration_seconds',
      help: 'GraphQL operation duration by name and type.',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const pool = (): PoolStats | undefined => (db.driver as unknown as { master?: PoolStats }).master;
    new Gauge({
      name: 'dialoog_db_pool_connections',
      help: 'Database pool: connections by state (total, idle, waiting requests, max).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const stats = pool();
        this.set({ state: 'total' }, stats?.totalCount ?? 0);
        this.set({ state: 'idle' }, stats?.idleCount ?? 0);
        this.set({ state: 'waiting' }, stats?.waitingCount ?? 0);
        this.set({ state: 'max' }, stats?.options?.max ?? 0);
      },
    });
    const logger = new Logger('MetricsService');
    new Gauge({
      name: 'dialoog_job_queue_depth',
      help: 'Background work waiting: notification outbox rows and e-mails not yet handled, and (with Redis) BullMQ jobs by state.',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        const rows = await db.query<Array<{ outbox: number; mail: number }>>(
          `SELECT (SELECT count(*)::int FROM outbox WHERE processed_at IS NULL) AS outbox,
                  (SELECT count(*)::int FROM notification WHERE email_state = 'pending') AS mail`,
        );
        this.set({ queue: 'outbox', state: 'pending' }, rows[0]?.outbox ?? 0);
        this.set({ queue: 'mail', state: 'pending' }, rows[0]?.mail ?? 0);
        try {
          for (const depth of await jobs.depth()) {
            this.set({ queue: depth.queue, state: depth.state }, depth.count);
          }
        } catch (error) {
          // Redis away: the database figures still count; the queue's are left out of this scrape.
          logger.warn(`Job queue depth unavailable: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    });
  }

  recordOperation(name: string | null | undefined, type: string, seconds: number, ok: boolean): void {
    const operation = this.label(name);
    this.requests.inc({ operation, type, outcome: ok ? 'ok' : 'error' });
    this.durations.observe({ operation, type }, seconds);
  }

  private label(name: string | null | undefined): string {
    if (!name) {
      return 'anonymous';
    }
    if (!NAME.test(name)) {
      return 'other';
    }
    if (!this.names.has(name) && this.names.size >= MAX_OPERATION_NAMES) {
      return 'other';
    }
    this.names.add(name);
    return name;
  }
}
