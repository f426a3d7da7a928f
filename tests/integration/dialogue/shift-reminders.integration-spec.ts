import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ShiftReminderJob } from '../../../apps/api/src/modules/need-pledge/shift-reminder.job.js';
import { NotificationJobs } from '../../../apps/api/src/modules/notification/notification-jobs.service.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';
import { startSmtpSink, type SinkMail, type SmtpSink } from '../../support/smtp-sink.js';

const ADD_NEED = `mutation($id: ID!, $input: NeedInput!) { addNeed(initiativeId: $id, input: $input) { id } }`;
const PLEDGE = `mutation($id: ID!) { pledge(needId: $id, input: { amount: 1 }) { id } }`;
const HOUR = 3_600_000;

describe('shift reminders: the day before a shift, once per active pledge, in the volunteer’s language (a real SMTP server)', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let town: TestMunicipality;
  let initiator: GraphqlClient;
  let initiativeId: string;
  /** Reminder mails only (a confirmed pledge also brings a confirmation mail). */
  const mailsTo = (email: string): SinkMail[] =>
    smtp.received.filter((m) => m.envelopeTo.includes(email) && /^(Herinnering|Reminder):/.test(m.subject));
  const remind = (now: Date): Promise<string[]> => api.app.get(ShiftReminderJob).run(now);
  const deliver = (): Promise<void> => api.app.get(NotificationJobs).runOnce();

  beforeAll(async () => {
    smtp = await startSmtpSink();
    api = await startApi({ smtpUrl: smtp.url });
    town = await api.factories.createMunicipality();
    const author = await api.factories.createUser(town.id);
    initiator = await api.sessionFor(author, town.slug);
    initiativeId = (
      await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published', title: 'Speeltuin opknappen' })
    ).id;
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  async function shift(title: string, startsAt: Date, capacity = 10): Promise<string> {
    const input = {
      kind: 'SHIFT',
      title,
      capacity,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
    };
    return (await initiator.data<{ addNeed: { id: string } }>(ADD_NEED, { id: initiativeId, input })).addNeed.id;
  }

  async function volunteer(
    needId: string,
    language: 'nl' | 'en' = 'nl',
  ): Promise<{ user: TestUser; client: GraphqlClient; pledgeId: string }> {
    const user = await api.factories.createUser(town.id, { displayName: `Vrijwilliger ${language}` });
    await api.db.query(`UPDATE app_user SET language = $2 WHERE id = $1`, [user.id, language]);
    const client = await api.sessionFor(user, town.slug);
    const pledgeId = (await client.data<{ pledge: { id: string } }>(PLEDGE, { id: needId })).pledge.id;
    return { user, client, pledgeId };
  }

  it('reminds each volunteer with an active pledge once, within the 24 hours before the shift, by e-mail and in the app, in their language — not a cancelled one', async () => {
    // Saturday 12 June 2027, 09:00 in the Netherlands.
    const start = new Date('2027-06-12T07:00:00Z');
    const needId = await shift('Zand scheppen', start);
    const dutch = await volunteer(needId, 'nl');
    const english = await volunteer(needId, 'en');
    const cancelled = await volunteer(needId, 'nl');
    await initiator.data(`mutation($id: ID!) { confirmPledge(id: $id) { status } }`, { id: english.pledgeId });
    await cancelled.client.data(`mutation($id: ID!) { cancelPledge(id: $id) { status } }`, { id: cancelled.pledgeId });

    expect(await remind(new Date(start.getTime() - 30 * HOUR))).toEqual([]);
    const reminded = await remind(new Date(start.getTime() - 20 * HOUR));
    expect(reminded.sort()).toEqual([dutch.pledgeId, english.pledgeId].sort());
    await deliver();

    expect(mailsTo(dutch.user.email).map((m) => m.subject)).toEqual([
      'Herinnering: u helpt bij ‘Speeltuin opknappen’ (Zand scheppen) op zaterdag 12 juni om 09:00.',
    ]);
    expect(mailsTo(dutch.user.email)[0].text).toContain('Beste Vrijwilliger nl,');
    expect(mailsTo(english.user.email).map((m) => m.subject)).toEqual([
      'Reminder: you are helping with ‘Speeltuin opknappen’ (Zand scheppen) on Saturday 12 June at 09:00.',
    ]);
    expect(mailsTo(english.user.email)[0].text).toContain('Dear Vrijwilliger en,');
    expect(mailsTo(cancelled.user.email)).toEqual([]);

    const { notifications } = await dutch.client.data<{ notifications: { edges: Array<{ node: { kind: string; message: string } }> } }>(
      `{ notifications(first: 10) { edges { node { kind message } } } }`,
    );
    expect(notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'SHIFT_REMINDER',
      message: 'Herinnering: u helpt bij ‘Speeltuin opknappen’ (Zand scheppen) op zaterdag 12 juni om 09:00.',
    });

    // Later runs, before and after the shift, remind nobody again.
    expect(await remind(new Date(start.getTime() - 19 * HOUR))).toEqual([]);
    expect(await remind(new Date(start.getTime() - 1 * HOUR))).toEqual([]);
    await deliver();
    expect(mailsTo(dutch.user.email)).toHaveLength(1);
    expect(mailsTo(english.user.email)).toHaveLength(1);
    const { rows } = await api.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'shift_reminder' AND user_id = ANY($1::uuid[])`,
      [[dutch.user.id, english.user.id, cancelled.user.id]],
    );
    expect(rows[0].n).toBe(2);
  });

  it('reminds every volunteer exactly once when several runners go at the same moment', async () => {
    const start = new Date('2027-06-19T07:00:00Z');
    const needId = await shift('Schilderen', start, 12);
    const volunteers = [];
    for (let i = 0; i < 12; i++) {
      volunteers.push(await volunteer(needId));
    }
    const now = new Date(start.getTime() - 10 * HOUR);
    const runs = await Promise.all(Array.from({ length: 6 }, () => remind(now)));
    const all = runs.flat();
    expect(all).toHaveLength(12);
    expect(new Set(all)).toEqual(new Set(volunteers.map((v) => v.pledgeId)));
    await Promise.all([deliver(), deliver()]);
    const { rows } = await api.db.query<{ outbox: number; notifications: number }>(
      `SELECT (SELECT count(*)::int FROM outbox WHERE kind = 'shift_reminder' AND subject_id = ANY($1::uuid[])) AS outbox,
              (SELECT count(*)::int FROM notification WHERE kind = 'shift_reminder' AND user_id = ANY($2::uuid[])) AS notifications`,
      [volunteers.map((v) => v.pledgeId), volunteers.map((v) => v.user.id)],
    );
    expect(rows[0]).toEqual({ outbox: 12, notifications: 12 });
    for (const v of volunteers) {
      expect(mailsTo(v.user.email)).toHaveLength(1);
    }
  });
});
