import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One support per resident per initiative (primary key), the counter kept in the same
 * transaction, threshold and due dates on the initiative, official responses with
 * templates, and inbox assignments.
 */
export class AddSupportResponsesAndInbox1764420000000 implements MigrationInterface {
  name = 'AddSupportResponsesAndInbox1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN department text CHECK (char_length(department) <= 120)`);
    await q.query(`
      ALTER TABLE initiative
        ADD COLUMN submitted_at timestamptz,
        ADD COLUMN moderation_due_on date,
        ADD COLUMN first_response_due_on date,
        ADD COLUMN first_response_at timestamptz,
        ADD COLUMN threshold_reached_at timestamptz,
        ADD COLUMN decision_due_on date,
        ADD COLUMN decided_at timestamptz`);
    await q.query(`
      CREATE TABLE support (
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (initiative_id, user_id),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX support_user_idx ON support (user_id)`);
    await q.query(`CREATE INDEX support_recent_idx ON support (initiative_id, created_at)`);
    await q.query(`
      CREATE TABLE initiative_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        author_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('acknowledgement', 'question', 'support_offered', 'decision', 'progress')),
        decision text CHECK (decision IN ('adopt', 'decline')),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
        department text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'decision') = (decision IS NOT NULL)),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, author_id) REFERENCES app_user (municipality_id, id)
      )`);
    await q.query(`CREATE INDEX initiative_response_initiative_idx ON initiative_response (initiative_id, created_at)`);
    await q.query(`
      CREATE TABLE response_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 80),
        kind text NOT NULL CHECK (kind IN ('acknowledgement', 'question', 'support_offered', 'decision', 'progress')),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, name)
      )`);
    await q.query(`
      CREATE TABLE inbox_assignment (
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        assignee_id uuid NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (initiative_id),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, assignee_id) REFERENCES app_user (municipality_id, id)
      )`);
    // Serve the inbox order (due date first) per kind of item.
    await q.query(
      `CREATE INDEX initiative_moderation_due_idx ON initiative (municipality_id, moderation_due_on, id) WHERE status = 'submitted'`,
    );
    await q.query(`CREATE INDEX initiative_first_response_due_idx ON initiative (municipality_id, first_response_due_on, id)
      WHERE status IN ('published', 'under_review') AND first_response_at IS NULL`);
    await q.query(
      `CREATE INDEX initiative_decision_due_idx ON initiative (municipality_id, decision_due_on, id) WHERE status = 'under_review'`,
    );
    await q.query(`CREATE INDEX initiative_expiry_idx ON initiative (published_at) WHERE status = 'published'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX initiative_expiry_idx`);
    await q.query(`DROP INDEX initiative_decision_due_idx`);
    await q.query(`DROP INDEX initiative_first_response_due_idx`);
    await q.query(`DROP INDEX initiative_moderation_due_idx`);
    await q.query(`DROP TABLE inbox_assignment`);
    await q.query(`DROP TABLE response_template`);
    await q.query(`DROP TABLE initiative_response`);
    await q.query(`DROP TABLE support`);
    await q.query(`
      ALTER TABLE initiative
        DROP COLUMN decided_at,
        DROP COLUMN decision_due_on,
        DROP COLUMN threshold_reached_at,
        DROP COLUMN first_response_at,
        DROP COLUMN first_response_due_on,
        DROP COLUMN moderation_due_on,
        DROP COLUMN submitted_at`);
    await q.query(`ALTER TABLE app_user DROP COLUMN department`);
  }
}
