import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InProcessJobScheduler } from '../../../apps/api/src/modules/jobs/in-process-job-scheduler.js';
import { JobScheduler, type JobRun } from '../../../apps/api/src/modules/jobs/job-scheduler.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error('Timed out waiting');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Without REDIS_URL the jobs run on timers in the process; with `outboxPollMs: 0` none run. */
describe('background jobs in process (no Redis)', () => {
  let api: ApiHarness;
  let idle: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ outboxPollMs: 100 });
    idle = await startApi({ outboxPollMs: 0 });
  });
  afterAll(async () => {
    await idle.close();
    await api.close();
  });

  async function pendingEvent(harness: ApiHarness): Promise<{ followerId: string; initiativeId: string }> {
    const town = await harness.factories.createMunicipality();
    const author = await harness.factories.createUser(town.id);
    const follower = await harness.factories.createUser(town.id);
    const initiative = await harness.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    await harness.db.query(
      `INSERT INTO follow (municipality_id, user_id, target_type, target_id, following) VALUES ($1, $2, 'initiative', $3, true)`,
      [town.id, follower.id, initiative.id],
    );
    await harness.db.query(
      `INSERT INTO outbox (municipality_id, kind, initiative_id, actor_id, payload) VALUES ($1, 'progress_update', $2, $3, '{"update": "Nieuws"}')`,
      [town.id, initiative.id, author.id],
    );
    return { followerId: follower.id, initiativeId: initiative.id };
  }
  const notified = async (harness: ApiHarness, userId: string): Promise<number> =>
    (await harness.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1`, [userId])).rows[0].n;

  it('registers every job with its interval and works through the outbox by itself', async () => {
    const scheduler = api.app.get(JobScheduler);
    expect(scheduler).toBeInstanceOf(InProcessJobScheduler);
    expect(Object.fromEntries(scheduler.jobs().map((j) => [j.name, j.everyMs]))).toEqual({
      'notifications.deliver': 100,
      'notifications.digests': 300_000,
      'notifications.prune': 3_600_000,
      'support.expire': 60_000,
      'pledge.shift-reminders': 600_000,
      'inbox.overdue': 900_000,
    });
    const { followerId } = await pendingEvent(api);
    await until(async () => (await notified(api, followerId)) === 1);
  });

  it('runs nothing by itself with outboxPollMs 0 (tests run the jobs themselves)', async () => {
    const { followerId } = await pendingEvent(idle);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notified(idle, followerId)).toBe(0);
  });

  it('retries a run that throws, after a growing delay', async () => {
    const attempts: Array<{ attempt: number; at: number }> = [];
    const scheduler = api.app.get(JobScheduler);
    scheduler.register({
      name: 'test.flaky',
      everyMs: 3_600_000,
      run: (job: JobRun) => {
        attempts.push({ attempt: job.attempt, at: Date.now() });
        return job.attempt < 3 ? Promise.reject(new Error('Tijdelijk mis')) : Promise.resolve();
      },
    });
    await scheduler.enqueue('test.flaky', { attempts: 4, backoffMs: 100 });
    await until(() => Promise.resolve(attempts.length >= 3));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(190);
  });
});
