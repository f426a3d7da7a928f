import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationJobs } from '../../../apps/api/src/modules/notification/notification-jobs.service.js';
import { NotificationMailer } from '../../../apps/api/src/modules/notification/notification-mailer.service.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';
import { startSmtpSink, type SinkMail, type SmtpSink } from '../../support/smtp-sink.js';

type NotificationList = {
  notifications: {
    totalCount: number;
    edges: Array<{ node: { id: string; kind: string; message: string; read: boolean; initiative: { id: string } | null } }>;
  };
};
/** The List-Unsubscribe and List-Unsubscribe-Post headers of a mail, as "<url> | One-Click". */
function unsubscribeHeader(mail: SinkMail): string {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return [/^List-Unsubscribe: (.+)$/im.exec(head)?.[1], /^List-Unsubscribe-Post: (.+)$/im.exec(head)?.[1]].join(' | ');
}
const NOTIFICATIONS = `{ notifications(first: 50) { totalCount edges { node { id kind message read initiative { id } } } } }`;
const COMMENT = `mutation($id: ID!, $body: String!, $parentId: ID) { addComment(initiativeId: $id, input: { body: $body, parentId: $parentId }) { id } }`;

describe('follows, notifications and e-mail (an outbox; a real SMTP server)', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let town: TestMunicipality;

  const run = (now?: Date): Promise<void> => api.app.get(NotificationJobs).runOnce(now);
  const mailsTo = (email: string): SinkMail[] => smtp.received.filter((m) => m.envelopeTo.includes(email));
  const list = async (client: GraphqlClient): Promise<Array<{ kind: string; message: string }>> =>
    (await client.data<NotificationList>(NOTIFICATIONS)).notifications.edges.map((e) => ({ kind: e.node.kind, message: e.node.message }));

  beforeAll(async () => {
    smtp = await startSmtpSink();
    api = await startApi({ smtpUrl: smtp.url });
    town = await api.factories.createMunicipality({ name: 'Gemeente Meldstad' });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  async function people(): Promise<{ author: TestUser; supporter: TestUser; follower: TestUser; quitter: TestUser; commenter: TestUser }> {
    return {
      author: await api.factories.createUser(town.id, { displayName: 'Ilse' }),
      supporter: await api.factories.createUser(town.id, { displayName: 'Sem' }),
      follower: await api.factories.createUser(town.id, { displayName: 'Fleur' }),
      quitter: await api.factories.createUser(town.id, { displayName: 'Quinten' }),
      commenter: await api.factories.createUser(town.id, { displayName: 'Noah' }),
    };
  }

  it('a comment reaches the author, supporters and explicit followers — not the commenter, not who unfollowed; a reply reaches the one replied to', async () => {
    const { author, supporter, follower, quitter, commenter } = await people();
    const initiative = await api.factories.createInitiative(town.id, {
      authorId: author.id,
      status: 'published',
      title: 'Bankje bij de vijver',
    });
    for (const user of [supporter, quitter]) {
      await api.db.query(`INSERT INTO support (municipality_id, initiative_id, user_id) VALUES ($1, $2, $3)`, [
        town.id,
        initiative.id,
        user.id,
      ]);
    }
    const asFollower = await api.sessionFor(follower, town.slug);
    const asQuitter = await api.sessionFor(quitter, town.slug);
    await asFollower.data(`mutation($id: ID!) { follow(targetType: INITIATIVE, targetId: $id) }`, { id: initiative.id });
    await asQuitter.data(`mutation($id: ID!) { unfollow(targetType: INITIATIVE, targetId: $id) }`, { id: initiative.id });
    const FOLLOWS = `query($id: ID!) { initiative(id: $id) { viewerFollows } }`;
    expect(
      (await asQuitter.data<{ initiative: { viewerFollows: boolean } }>(FOLLOWS, { id: initiative.id })).initiative.viewerFollows,
    ).toBe(false);
    expect(
      (await asFollower.data<{ initiative: { viewerFollows: boolean } }>(FOLLOWS, { id: initiative.id })).initiative.viewerFollows,
    ).toBe(true);

    const asCommenter = await api.sessionFor(commenter, town.slug);
    const top = await asCommenter.data<{ addComment: { id: string } }>(COMMENT, { id: initiative.id, body: 'Waar komt het bankje?' });
    await run();
    const expected = [{ kind: 'COMMENT', message: 'Noah reageerde op ‘Bankje bij de vijver’.' }];
    expect(await list(await api.sessionFor(author, town.slug))).toEqual(expected);
    expect(await list(await api.sessionFor(supporter, town.slug))).toEqual(expected);
    expect(await list(asFollower)).toEqual(expected);
    expect(await list(asQuitter)).toEqual([]);
    expect(await list(asCommenter)).toEqual([]);

    await (
      await api.sessionFor(author, town.slug)
    ).data(COMMENT, { id: initiative.id, body: 'Bij de ingang.', parentId: top.addComment.id });
    await run();
    expect(await list(asCommenter)).toEqual([{ kind: 'REPLY', message: 'Ilse reageerde op uw reactie bij ‘Bankje bij de vijver’.' }]);
    expect((await list(asFollower)).map((n) => n.kind)).toEqual(['COMMENT', 'COMMENT']);

    // Running the jobs again changes nothing: every event is handled once.
    await run();
    expect((await list(asFollower)).length).toBe(2);
  });

  it('unread count and marking as read', async () => {
    const { author, commenter } = await people();
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const asCommenter = await api.sessionFor(commenter, town.slug);
    for (const body of ['een', 'twee', 'drie']) {
      await asCommenter.data(COMMENT, { id: initiative.id, body });
    }
    await run();
    const asAuthor = await api.sessionFor(author, town.slug);
    expect((await asAuthor.data<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(3);
    const ids = (await asAuthor.data<NotificationList>(NOTIFICATIONS)).notifications.edges.map((e) => e.node.id);
    const left = await asAuthor.data<{ markNotificationsRead: number }>(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, {
      ids: [ids[0]],
    });
    expect(left.markNotificationsRead).toBe(2);
    // Someone else's ids change nothing.
    await asCommenter.data(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids });
    expect((await asAuthor.data<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(2);
    expect((await asAuthor.data<{ markNotificationsRead: number }>(`mutation { markNotificationsRead }`)).markNotificationsRead).toBe(0);
  });

  it('a status change sends exactly one e-mail per follower, in their language, with a working one-click unsubscribe link', async () => {
    const { author, supporter, commenter: unverified } = await people();
    await api.db.query(`UPDATE app_user SET language = 'en' WHERE id = $1`, [supporter.id]);
    await api.db.query(`UPDATE app_user SET email_verified_at = NULL WHERE id = $1`, [unverified.id]);
    const facilitator = await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' });
    const initiative = await api.factories.createInitiative(town.id, {
      authorId: author.id,
      status: 'adopted',
      title: 'Speeltuin opknappen',
    });
    for (const user of [supporter, unverified]) {
      await api.db.query(`INSERT INTO support (municipality_id, initiative_id, user_id) VALUES ($1, $2, $3)`, [
        town.id,
        initiative.id,
        user.id,
      ]);
    }
    const CHANGE = `mutation($id: ID!, $status: InitiativeStatus!) { changeInitiativeStatus(id: $id, status: $status) { status } }`;
    await (await api.sessionFor(facilitator, town.slug)).data(CHANGE, { id: initiative.id, status: 'IN_PROGRESS' });
    await run();

    const toAuthor = mailsTo(author.email);
    const toSupporter = mailsTo(supporter.email);
    expect(toAuthor).toHaveLength(1);
    expect(toSupporter).toHaveLength(1);
    expect(mailsTo(unverified.email)).toHaveLength(0);
    expect(toAuthor[0].subject).toBe('‘Speeltuin opknappen’ heeft een nieuwe status: In uitvoering.');
    expect(toAuthor[0].text).toContain('Beste Ilse,');
    expect(toSupporter[0].subject).toBe('‘Speeltuin opknappen’ has a new status: In progress.');
    expect(toSupporter[0].text).toContain(`${api.baseUrl}/initiatieven/${initiative.id}`);

    const link = toSupporter[0].links.find((l) => l.includes('/meldingen/afmelden?token='))!;
    expect(unsubscribeHeader(toSupporter[0])).toBe(`<${link}> | List-Unsubscribe=One-Click`);
    const oneClick = await fetch(link, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(await oneClick.json()).toEqual({ unsubscribed: 'status_changed' });
    const prefs = await (
      await api.sessionFor(supporter, town.slug)
    ).data<{ notificationPreferences: Array<{ kind: string; frequency: string }> }>(`{ notificationPreferences { kind frequency } }`);
    expect(prefs.notificationPreferences.find((p) => p.kind === 'STATUS_CHANGED')?.frequency).toBe('OFF');
    expect(prefs.notificationPreferences.find((p) => p.kind === 'COMMENT')?.frequency).toBe('IMMEDIATELY');
    const forged = await fetch(
      link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      { method: 'POST' },
    );
    expect(await forged.json()).toEqual({ unsubscribed: null });

    await (await api.sessionFor(author, town.slug)).data(CHANGE, { id: initiative.id, status: 'COMPLETED' });
    await run();
    expect(mailsTo(supporter.email)).toHaveLength(1);
    expect(mailsTo(author.email)).toHaveLength(0 + 1);
    // The supporter still sees it in the app; only the e-mail is off.
    expect((await list(await api.sessionFor(supporter, town.slug))).map((n) => n.kind)).toEqual(['STATUS_CHANGED', 'STATUS_CHANGED']);
  });

  it('threshold reached, an official response and a confirmed pledge come from other modules through database triggers', async () => {
    const place = await api.factories.createMunicipality();
    await api.db.query(`UPDATE municipality SET support_threshold = 2 WHERE id = $1`, [place.id]);
    const author = await api.factories.createUser(place.id, { displayName: 'Ada' });
    const [one, two] = [await api.factories.createUser(place.id), await api.factories.createUser(place.id)];
    const staff = await api.sessionFor(
      await api.factories.createUser(place.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      place.slug,
    );
    const initiative = await api.factories.createInitiative(place.id, { authorId: author.id, status: 'published', title: 'Moestuin' });
    for (const user of [one, two]) {
      await (
        await api.sessionFor(user, place.slug)
      ).data(`mutation($id: ID!) { supportInitiative(id: $id) { status } }`, { id: initiative.id });
    }
    await staff.data(
      `mutation($id: ID!, $body: String!) { respondToInitiative(initiativeId: $id, input: { kind: ACKNOWLEDGEMENT, body: $body }) { id } }`,
      {
        id: initiative.id,
        body: 'Dank u.',
      },
    );
    const asAuthor = await api.sessionFor(author, place.slug);
    const need = await asAuthor.data<{ addNeed: { id: string } }>(
      `mutation($id: ID!, $input: NeedInput!) { addNeed(initiativeId: $id, input: $input) { id } }`,
      {
        id: initiative.id,
        input: { kind: 'TASK', title: 'Schoffelen', capacity: 3 },
      },
    );
    const asOne = await api.sessionFor(one, place.slug);
    const pledge = await asOne.data<{ pledge: { id: string } }>(`mutation($id: ID!) { pledge(needId: $id, input: { amount: 1 }) { id } }`, {
      id: need.addNeed.id,
    });
    await asAuthor.data(`mutation($id: ID!) { confirmPledge(id: $id) { status } }`, { id: pledge.pledge.id });
    await run();
    expect((await list(asAuthor)).map((n) => n.kind).sort()).toEqual(['RESPONSE', 'THRESHOLD_REACHED']);
    const forOne = await list(asOne);
    expect(forOne.map((n) => n.kind).sort()).toEqual(['PLEDGE_CONFIRMED', 'RESPONSE', 'THRESHOLD_REACHED']);
    expect(forOne.find((n) => n.kind === 'PLEDGE_CONFIRMED')?.message).toBe('Uw hulp bij ‘Moestuin’ is bevestigd: Schoffelen.');
  });

  it('nothing about a private draft reaches anyone who may not see it', async () => {
    const { author, follower } = await people();
    const draft = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' });
    // A follow row cannot be made through the API for a draft one may not see; put one in place directly.
    await api.db.query(
      `INSERT INTO follow (municipality_id, user_id, target_type, target_id, following) VALUES ($1, $2, 'initiative', $3, true)`,
      [town.id, follower.id, draft.id],
    );
    await (await api.sessionFor(author, town.slug)).data(`mutation($id: ID!) { submitInitiative(id: $id) { status } }`, { id: draft.id });
    await api.db.query(
      `INSERT INTO outbox (municipality_id, kind, initiative_id, actor_id, payload) VALUES ($1, 'status_changed', $2, NULL, '{"from":"submitted","to":"changes_requested"}')`,
      [town.id, draft.id],
    );
    await run();
    expect(await list(await api.sessionFor(follower, town.slug))).toEqual([]);
    expect((await list(await api.sessionFor(author, town.slug))).map((n) => n.kind)).toEqual(['STATUS_CHANGED']);
  });

  it('a neighbourhood’s followers hear of a new initiative there when it is published', async () => {
    const { author, follower } = await people();
    const asFollower = await api.sessionFor(follower, town.slug);
    await asFollower.data(`mutation($id: ID!) { follow(targetType: NEIGHBOURHOOD, targetId: $id) }`, { id: town.neighbourhoodIds[1] });
    const staff = await api.sessionFor(
      await api.factories.createUser(town.id, { role: 'facilitator', password: 'facilitator-wachtwoord-lang' }),
      town.slug,
    );
    const submitted = await api.factories.createInitiative(town.id, {
      authorId: author.id,
      status: 'submitted',
      neighbourhoodId: town.neighbourhoodIds[1],
      title: 'Buurtfeest Noord',
    });
    await staff.data(`mutation($id: ID!) { moderateInitiative(id: $id, decision: APPROVE) { status } }`, { id: submitted.id });
    await run();
    expect(await list(asFollower)).toEqual([{ kind: 'NEW_INITIATIVE', message: 'Nieuw initiatief in uw buurt: ‘Buurtfeest Noord’.' }]);
  });

  it('a daily digest gathers a day’s notifications into one mail', async () => {
    const { author, commenter } = await people();
    const asAuthor = await api.sessionFor(author, town.slug);
    await asAuthor.data(`mutation { setNotificationPreference(kind: COMMENT, frequency: DAILY) { frequency } }`);
    const initiative = await api.factories.createInitiative(town.id, {
      authorId: author.id,
      status: 'published',
      title: 'Zwerfvuil prikken',
    });
    const asCommenter = await api.sessionFor(commenter, town.slug);
    await asCommenter.data(COMMENT, { id: initiative.id, body: 'Ik doe mee!' });
    await asCommenter.data(COMMENT, { id: initiative.id, body: 'Ik neem knijpers mee.' });
    await run();
    expect(mailsTo(author.email)).toHaveLength(0);
    // The next morning: yesterday's notifications go out in one digest.
    await api.db.query(`UPDATE notification SET created_at = created_at - interval '1 day' WHERE user_id = $1`, [author.id]);
    await api.app.get(NotificationMailer).sendDigests(new Date());
    const digest = mailsTo(author.email);
    expect(digest).toHaveLength(1);
    expect(digest[0].subject).toBe('Uw dagoverzicht van Dialoog');
    expect(digest[0].text.match(/Noah reageerde op ‘Zwerfvuil prikken’\./g)).toHaveLength(2);
    expect(digest[0].text).toContain('“Ik neem knijpers mee.”');
    await api.app.get(NotificationMailer).sendDigests(new Date());
    expect(mailsTo(author.email)).toHaveLength(1);
  });

  it('a failed SMTP delivery is retried with backoff and not lost; the request that caused it did not fail', async () => {
    const { author, commenter } = await people();
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    smtp.failNext(1);
    const posted = await (await api.sessionFor(commenter, town.slug)).request(COMMENT, { id: initiative.id, body: 'Hallo' });
    expect(posted.errors).toBeUndefined();
    await run();
    expect(mailsTo(author.email)).toHaveLength(0);
    const { rows } = await api.db.query(
      `SELECT email_state, email_attempts, email_next_at > now() + interval '20 seconds' AS later FROM notification WHERE user_id = $1`,
      [author.id],
    );
    expect(rows).toEqual([{ email_state: 'pending', email_attempts: 1, later: true }]);
    await run();
    expect(mailsTo(author.email)).toHaveLength(0);
    // The backoff has passed.
    await api.db.query(`UPDATE notification SET email_next_at = now() WHERE user_id = $1`, [author.id]);
    await run();
    expect(mailsTo(author.email)).toHaveLength(1);
    const { rows: after } = await api.db.query(`SELECT email_state, email_attempts FROM notification WHERE user_id = $1`, [author.id]);
    expect(after).toEqual([{ email_state: 'sent', email_attempts: 2 }]);
  });
});
