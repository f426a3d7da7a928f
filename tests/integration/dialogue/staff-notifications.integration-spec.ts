import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InboxOverdueJob } from '../../../apps/api/src/modules/inbox/inbox-overdue.job.js';
import { NotificationJobs } from '../../../apps/api/src/modules/notification/notification-jobs.service.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';

type Listed = { kind: string; message: string };
const ASSIGN = `mutation($id: ID!, $to: ID) { assignInboxItem(initiativeId: $id, assigneeId: $to) }`;

describe('staff notifications: an assigned inbox item, an inbox item past its deadline', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let resident: TestUser;
  let anna: TestUser;
  let bram: TestUser;
  let carla: TestUser;
  let admin: TestUser;
  let annaClient: GraphqlClient;

  const deliver = (): Promise<void> => api.app.get(NotificationJobs).runOnce();
  const overdue = (now: Date): Promise<number> => api.app.get(InboxOverdueJob).run(now);
  async function listOf(user: TestUser): Promise<Listed[]> {
    const client = await api.sessionFor(user, town.slug);
    const { notifications } = await client.data<{ notifications: { edges: Array<{ node: Listed }> } }>(
      `{ notifications(first: 50) { edges { node { kind message } } } }`,
    );
    return notifications.edges.map((e) => e.node);
  }
  const rowsOf = async (kind: string, initiativeId: string): Promise<string[]> =>
    (
      await api.db.query<{ user_id: string }>(`SELECT user_id FROM notification WHERE kind = $1 AND initiative_id = $2 ORDER BY user_id`, [
        kind,
        initiativeId,
      ])
    ).rows.map((r) => r.user_id);

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    resident = await api.factories.createUser(town.id);
    anna = await api.factories.createUser(town.id, { role: 'facilitator', displayName: 'Anna' });
    bram = await api.factories.createUser(town.id, { role: 'facilitator', displayName: 'Bram' });
    carla = await api.factories.createUser(town.id, { role: 'facilitator', displayName: 'Carla' });
    admin = await api.factories.createUser(town.id, { role: 'admin' });
    annaClient = await api.sessionFor(anna, town.slug);
  });
  afterAll(() => api.close());

  it('assigning an inbox item notifies the new assignee (per their preference: staff get a daily digest) — once, and not when you take it yourself', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: resident.id, status: 'submitted', title: 'Moestuin' });
    await annaClient.data(ASSIGN, { id: initiative.id, to: bram.id });
    await annaClient.data(ASSIGN, { id: initiative.id, to: bram.id });
    await deliver();
    expect(await listOf(bram)).toEqual([{ kind: 'ITEM_ASSIGNED', message: 'Anna heeft ‘Moestuin’ in de inbox aan u toegewezen.' }]);
    const { rows } = await api.db.query(`SELECT email_state FROM notification WHERE user_id = $1`, [bram.id]);
    expect(rows).toEqual([{ email_state: 'digest' }]);

    // Anna takes it herself (no notification), then hands it back: Bram's second assignment.
    await annaClient.data(ASSIGN, { id: initiative.id, to: anna.id });
    await annaClient.data(ASSIGN, { id: initiative.id, to: bram.id });
    await deliver();
    expect(await rowsOf('item_assigned', initiative.id)).toEqual([bram.id, bram.id]);
    expect(await listOf(anna)).toEqual([]);
  });

  it('an overdue item is announced once to its assignee, or to every facilitator when nobody has it — also with runners at the same time', async () => {
    const assigned = await api.factories.createInitiative(town.id, { authorId: resident.id, status: 'submitted', title: 'Bankjes' });
    const open = await api.factories.createInitiative(town.id, { authorId: resident.id, status: 'published', title: 'Bloembakken' });
    const notYet = await api.factories.createInitiative(town.id, { authorId: resident.id, status: 'published', title: 'Later' });
    await api.db.query(`UPDATE initiative SET moderation_due_on = '2027-01-04' WHERE id = $1`, [assigned.id]);
    await api.db.query(`UPDATE initiative SET first_response_due_on = '2027-01-05' WHERE id = $1`, [open.id]);
    await api.db.query(`UPDATE initiative SET first_response_due_on = '2027-01-06' WHERE id = $1`, [notYet.id]);
    await annaClient.data(ASSIGN, { id: assigned.id, to: carla.id });

    // On the due date itself nothing is late yet.
    expect(await overdue(new Date('2027-01-04T12:00:00+01:00'))).toBe(0);
    const now = new Date('2027-01-06T09:00:00+01:00');
    const counts = await Promise.all([overdue(now), overdue(now), overdue(now)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await overdue(now)).toBe(0);
    await Promise.all([deliver(), deliver()]);

    expect(await rowsOf('item_overdue', assigned.id)).toEqual([carla.id]);
    expect(await rowsOf('item_overdue', open.id)).toEqual([anna.id, bram.id, carla.id].sort());
    expect(await rowsOf('item_overdue', notYet.id)).toEqual([]);
    expect(await listOf(carla)).toContainEqual({
      kind: 'ITEM_OVERDUE',
      message: 'De termijn voor ‘Bankjes’ is verlopen (controle van de aanvraag, was uiterlijk 4 januari).',
    });
    expect(await listOf(admin)).toEqual([]);

    // The next day the third one is late too; the first two are not announced again.
    expect(await overdue(new Date('2027-01-07T09:00:00+01:00'))).toBe(1);
    await deliver();
    expect(await rowsOf('item_overdue', assigned.id)).toEqual([carla.id]);
    expect(await rowsOf('item_overdue', notYet.id)).toHaveLength(3);
  });
});
