import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../../apps/api/src/config/app-config.js';
import { JOB_QUEUE_NAME } from '../../../apps/api/src/modules/jobs/bullmq-job-scheduler.js';
import { JobScheduler, type JobRun } from '../../../apps/api/src/modules/jobs/job-scheduler.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality } from '../../support/factories.js';
import { mailsTo } from '../../support/mail-outbox.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TOKEN = 'metrics-token-for-the-jobs-suite-0123456789';
const HOUR = 3_600_000;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error('Timed out waiting');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Two API instances on one database and one Redis, both running jobs from one BullMQ queue (a
 * prefix of this suite's own). This suite needs Redis at 127.0.0.1:6379 (.ci/run starts it).
 */
describe('background jobs on BullMQ across two API instances (Redis)', () => {
  let a: ApiHarness;
  let b: ApiHarness;
  let town: TestMunicipality;
  let queue: Queue;
  let connection: Redis;

  beforeAll(async () => {
    a = await startApi({ redisUrl: REDIS_URL, outboxPollMs: 200, metricsToken: TOKEN });
    b = await startApi({ redisUrl: REDIS_URL, databaseUrl: a.databaseUrl, mailDir: a.mailDir, outboxPollMs: 200 });
    town = await a.factories.createMunicipality();
    connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue(JOB_QUEUE_NAME, { connection, prefix: a.app.get<AppConfig>(APP_CONFIG).jobQueuePrefix });
  });
  afterAll(async () => {
    await queue.close();
    connection.disconnect();
    await b.close();
    await a.close();
  });

  it('schedules every job once in the shared queue, whichever instance wrote it', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(Object.fromEntries(schedulers.map((s) => [s.key, s.every]))).toEqual({
      'notifications.deliver': 200,
      'notifications.digests': 300_000,
      'notifications.prune': 3_600_000,
      'support.expire': 60_000,
      'pledge.shift-reminders': 600_000,
      'inbox.overdue': 900_000,
    });
  });

  it('hands each run to one instance only: 20 runs, 20 executions, spread over both', async () => {
    const seen: Array<{ instance: string; id: string }> = [];
    for (const [instance, api] of [
      ['a', a],
      ['b', b],
    ] as const) {
      api.app.get(JobScheduler).register({
        name: 'test.count',
        everyMs: HOUR,
        run: async (job: JobRun) => {
          seen.push({ instance, id: job.id });
          await new Promise((resolve) => setTimeout(resolve, 100));
        },
      });
    }
    for (let i = 0; i < 20; i++) {
      await a.app.get(JobScheduler).enqueue('test.count');
    }
    await until(() => seen.length >= 20);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen).toHaveLength(20);
    expect(new Set(seen.map((s) => s.id)).size).toBe(20);
    expect(seen.filter((s) => s.instance === 'a').length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.instance === 'b').length).toBeGreaterThan(0);
  });

  it('retries a run that throws, with growing delays, until it succeeds — it is not lost', async () => {
    const attempts: Array<{ id: string; attempt: number; at: number }> = [];
    for (const api of [a, b]) {
      api.app.get(JobScheduler).register({
        name: 'test.flaky',
        everyMs: HOUR,
        run: (job: JobRun) => {
          attempts.push({ id: job.id, attempt: job.attempt, at: Date.now() });
          return job.attempt < 3 ? Promise.reject(new Error('Tijdelijk mis')) : Promise.resolve();
        },
      });
    }
    await b.app.get(JobScheduler).enqueue('test.flaky', { attempts: 5, backoffMs: 300 });
    await until(() => attempts.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(attempts.map((x) => x.attempt)).toEqual([1, 2, 3]);
    expect(new Set(attempts.map((x) => x.id)).size).toBe(1);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(300);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(600);
    const counts = await queue.getJobCounts('failed', 'waiting', 'delayed');
    expect(counts.failed).toBe(0);
  });

  it('a due shift reminder is sent once although both instances run the reminder job and deliver mail', async () => {
    const author = await a.factories.createUser(town.id);
    const volunteer = await a.factories.createUser(town.id);
    const initiative = await a.factories.createInitiative(town.id, { authorId: author.id, status: 'published', title: 'Straatfeest' });
    const { rows } = await a.db.query<{ id: string }>(
      `INSERT INTO need (municipality_id, initiative_id, kind, title, starts_at, ends_at, capacity)
       VALUES ($1, $2, 'shift', 'Opruimen', now() + interval '5 hours', now() + interval '7 hours', 5) RETURNING id`,
      [town.id, initiative.id],
    );
    await a.db.query(`INSERT INTO pledge (municipality_id, need_id, user_id, amount) VALUES ($1, $2, $3, 1)`, [
      town.id,
      rows[0].id,
      volunteer.id,
    ]);
    await Promise.all([
      a.app.get(JobScheduler).enqueue('pledge.shift-reminders'),
      b.app.get(JobScheduler).enqueue('pledge.shift-reminders'),
      a.app.get(JobScheduler).enqueue('pledge.shift-reminders'),
    ]);
    await a.latestMailTo(volunteer.email, { timeoutMs: 15_000 });
    // Give both instances time to do anything twice.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await mailsTo(a.mailDir, volunteer.email)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Herinnering: u helpt bij ‘Straatfeest’ \(Opruimen\) op /),
    ]);
    const { rows: notifications } = await a.db.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1`, [volunteer.id]);
    expect(notifications).toEqual([{ n: 1 }]);
  });

  it('an instance that shuts down finishes the run in progress first', async () => {
    const lone = await startApi({ redisUrl: REDIS_URL, outboxPollMs: 200 });
    const steps: string[] = [];
    lone.app.get(JobScheduler).register({
      name: 'test.slow',
      everyMs: HOUR,
      run: async () => {
        steps.push('started');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        steps.push('finished');
      },
    });
    await lone.app.get(JobScheduler).enqueue('test.slow');
    await until(() => steps.includes('started'));
    await lone.close();
    steps.push('closed');
    expect(steps).toEqual(['started', 'finished', 'closed']);
  });

  it('reports the queue depth by state on /metrics', async () => {
    const text = await (await fetch(`${a.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    for (const state of ['waiting', 'delayed', 'active', 'failed']) {
      expect(text).toMatch(new RegExp(`^dialoog_job_queue_depth\\{queue="jobs",state="${state}"\\} \\d+$`, 'm'));
    }
    // The schedulers keep their next run waiting as a delayed job.
    expect(Number(/^dialoog_job_queue_depth\{queue="jobs",state="delayed"\} (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/^dialoog_job_queue_depth\{queue="outbox",state="pending"\} \d+$/m);
  });
});
