import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Client } from 'graphql-ws';
import { NotificationJobs } from '../../../apps/api/src/modules/notification/notification-jobs.service.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import { mailsTo } from '../../support/mail-outbox.js';
import { liveClient, pause, subscribe } from './live-client.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Two API instances on one database and one Redis (this suite needs Redis at 127.0.0.1:6379;
 * .ci/run starts it). Instance A does the background work; B does none, so whatever B's
 * subscribers receive crossed over through Redis.
 */
describe('live updates and background work across two API instances (Redis)', () => {
  let a: ApiHarness;
  let b: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;
  const clients: Client[] = [];

  beforeAll(async () => {
    a = await startApi({ redisUrl: REDIS_URL, outboxPollMs: 50 });
    b = await startApi({ redisUrl: REDIS_URL, databaseUrl: a.databaseUrl, mailDir: a.mailDir, outboxPollMs: 0 });
    town = await a.factories.createMunicipality();
    author = await a.factories.createUser(town.id);
  });
  afterAll(async () => {
    for (const client of clients) {
      void client.dispose();
    }
    await b.close();
    await a.close();
  });

  it('a support made through instance A reaches a subscriber connected to instance B', async () => {
    const initiative = await a.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const client = liveClient(b.baseUrl, { 'x-municipality': town.slug });
    clients.push(client);
    type Change = { initiativeChanged: { reason: string; supportCount: number } };
    const live = subscribe<Change>(client, `subscription($id: ID!) { initiativeChanged(id: $id) { reason supportCount } }`, {
      id: initiative.id,
    });
    await pause(500);
    const supporter = await a.sessionFor(await a.factories.createUser(town.id), town.slug);
    await supporter.data(`mutation($id: ID!) { supportInitiative(id: $id) { supportCount } }`, { id: initiative.id });
    const event = await live.waitFor((e) => e.initiativeChanged.reason === 'SUPPORT');
    expect(event.initiativeChanged.supportCount).toBe(1);
  });

  it('outbox events and their e-mails are handled once, however many instances work at the same time', async () => {
    const place = await a.factories.createMunicipality();
    const writer = await a.factories.createUser(place.id);
    const followers: TestUser[] = [];
    const initiatives: string[] = [];
    for (let i = 0; i < 5; i++) {
      initiatives.push((await a.factories.createInitiative(place.id, { authorId: writer.id, status: 'published' })).id);
    }
    for (let i = 0; i < 4; i++) {
      const follower = await a.factories.createUser(place.id);
      followers.push(follower);
      for (const id of initiatives) {
        await a.db.query(
          `INSERT INTO follow (municipality_id, user_id, target_type, target_id, following) VALUES ($1, $2, 'initiative', $3, true)`,
          [place.id, follower.id, id],
        );
      }
    }
    // 5 initiatives × 8 events, written as one transaction would, then worked off by both instances at once.
    await a.db.query(
      `INSERT INTO outbox (municipality_id, kind, initiative_id, actor_id, payload)
       SELECT $1, 'progress_update', id, $2, '{"update": "Nieuws"}' FROM unnest($3::uuid[]) AS id, generate_series(1, 8)`,
      [place.id, writer.id, initiatives],
    );
    const jobs = [a.app.get(NotificationJobs), b.app.get(NotificationJobs)];
    await Promise.all([...jobs.map((j) => j.runOnce()), ...jobs.map((j) => j.runOnce())]);
    await Promise.all(jobs.map((j) => j.runOnce()));

    const { rows } = await a.db.query<{ user_id: string; n: number }>(
      `SELECT user_id, count(*)::int AS n FROM notification WHERE municipality_id = $1 GROUP BY user_id ORDER BY user_id`,
      [place.id],
    );
    expect(rows.map((r) => r.n)).toEqual([40, 40, 40, 40]);
    const { rows: outbox } = await a.db.query(
      `SELECT attempts, count(*)::int AS n FROM outbox WHERE municipality_id = $1 GROUP BY attempts`,
      [place.id],
    );
    expect(outbox).toEqual([{ attempts: 1, n: 40 }]);
    // Instance A's own scheduled delivery may still be sending a batch it claimed (SKIP LOCKED) when the
    // last round above returns: wait until it is done, then check that nothing came twice.
    const mailCounts = async () => Promise.all(followers.map(async (f) => (await mailsTo(a.mailDir, f.email)).length));
    const deadline = Date.now() + 15_000;
    while ((await mailCounts()).some((n) => n < 40) && Date.now() < deadline) {
      await pause(100);
    }
    await pause(300);
    expect(await mailCounts()).toEqual([40, 40, 40, 40]);
  });
});
