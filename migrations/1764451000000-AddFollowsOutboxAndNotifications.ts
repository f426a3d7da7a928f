import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follows (explicit follows and unfollows; authors, supporters and pledgers follow automatically,
 * see the notification fan-out), the outbox, per-person notifications with their e-mail state,
 * and preferences per kind.
 *
 * Events of other modules reach the outbox through triggers, so each outbox row is written in
 * the very transaction of the change that causes it: a status step (initiative_event), an
 * official response, a confirmed pledge and a changed support count (live updates only).
 */
export class AddFollowsOutboxAndNotifications1764451000000 implements MigrationInterface {
  name = 'AddFollowsOutboxAndNotifications1764451000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE follow (
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        target_type text NOT NULL CHECK (target_type IN ('initiative', 'neighbourhood')),
        target_id uuid NOT NULL,
        -- false: an explicit unfollow, which wins over following automatically
        following boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, target_type, target_id),
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX follow_target_idx ON follow (target_type, target_id)`);
    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('comment', 'progress_update', 'status_changed', 'threshold_reached', 'response',
          'pledge_confirmed', 'support_changed')),
        initiative_id uuid NOT NULL,
        actor_id uuid,
        subject_id uuid,
        recipient_id uuid,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        processed_at timestamptz,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE processed_at IS NULL`);
    await q.query(`CREATE INDEX outbox_processed_idx ON outbox (processed_at) WHERE processed_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        kind text NOT NULL,
        initiative_id uuid,
        actor_id uuid,
        outbox_id bigint NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        email_state text NOT NULL CHECK (email_state IN ('pending', 'digest', 'none', 'sent', 'failed')),
        email_attempts integer NOT NULL DEFAULT 0,
        email_next_at timestamptz NOT NULL DEFAULT now(),
        email_sent_at timestamptz,
        email_error text,
        CONSTRAINT notification_once_per_event UNIQUE (outbox_id, user_id),
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notification_mail_idx ON notification (email_next_at) WHERE email_state = 'pending'`);
    await q.query(`CREATE INDEX notification_digest_idx ON notification (user_id, created_at) WHERE email_state = 'digest'`);
    await q.query(`
      CREATE TABLE notification_preference (
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        kind text NOT NULL,
        frequency text NOT NULL CHECK (frequency IN ('immediately', 'daily', 'weekly', 'off')),
        PRIMARY KEY (user_id, kind),
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE FUNCTION outbox_initiative_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.from_status IS NOT NULL THEN
          INSERT INTO outbox (municipality_id, kind, initiative_id, actor_id, payload)
          VALUES (NEW.municipality_id,
                  CASE WHEN NEW.from_status = 'published' AND NEW.to_status = 'under_review' AND NEW.actor_id IS NULL
                       THEN 'threshold_reached' ELSE 'status_changed' END,
                  NEW.initiative_id, NEW.actor_id,
                  jsonb_build_object('from', NEW.from_status, 'to', NEW.to_status, 'reason', NEW.reason));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER initiative_event_outbox AFTER INSERT ON initiative_event FOR EACH ROW EXECUTE FUNCTION outbox_initiative_event()`,
    );
    await q.query(`
      CREATE FUNCTION outbox_initiative_response() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outbox (municipality_id, kind, initiative_id, actor_id, subject_id, payload)
        VALUES (NEW.municipality_id, 'response', NEW.initiative_id, NEW.author_id, NEW.id,
                jsonb_build_object('kind', NEW.kind, 'decision', NEW.decision, 'excerpt', left(NEW.body, 280)));
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER initiative_response_outbox AFTER INSERT ON initiative_response FOR EACH ROW EXECUTE FUNCTION outbox_initiative_response()`,
    );
    await q.query(`
      CREATE FUNCTION outbox_pledge_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outbox (municipality_id, kind, initiative_id, subject_id, recipient_id, payload)
        SELECT NEW.municipality_id, 'pledge_confirmed', n.initiative_id, NEW.id, NEW.user_id, jsonb_build_object('need', n.title)
          FROM need n WHERE n.id = NEW.need_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER pledge_confirmed_outbox AFTER UPDATE OF status ON pledge
      FOR EACH ROW WHEN (NEW.status = 'confirmed' AND OLD.status IS DISTINCT FROM 'confirmed')
      EXECUTE FUNCTION outbox_pledge_confirmed()`);
    await q.query(`
      CREATE FUNCTION outbox_support_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outbox (municipality_id, kind, initiative_id) VALUES (NEW.municipality_id, 'support_changed', NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER initiative_support_outbox AFTER UPDATE OF support_count ON initiative
      FOR EACH ROW WHEN (NEW.support_count IS DISTINCT FROM OLD.support_count)
      EXECUTE FUNCTION outbox_support_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER initiative_support_outbox ON initiative`);
    await q.query(`DROP FUNCTION outbox_support_changed()`);
    await q.query(`DROP TRIGGER pledge_confirmed_outbox ON pledge`);
    await q.query(`DROP FUNCTION outbox_pledge_confirmed()`);
    await q.query(`DROP TRIGGER initiative_response_outbox ON initiative_response`);
    await q.query(`DROP FUNCTION outbox_initiative_response()`);
    await q.query(`DROP TRIGGER initiative_event_outbox ON initiative_event`);
    await q.query(`DROP FUNCTION outbox_initiative_event()`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE follow`);
  }
}
