import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments (one level of replies, a placeholder when a comment with replies is removed),
 * progress updates by the initiator, and reports: one per person per item, due within two
 * working days, with the municipality's threshold for hiding reported content automatically.
 */
export class AddCommentsProgressUpdatesAndReports1764450000000 implements MigrationInterface {
  name = 'AddCommentsProgressUpdatesAndReports1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality ADD COLUMN report_hide_threshold integer NOT NULL DEFAULT 3 CHECK (report_hide_threshold > 0)`);
    await q.query(`
      CREATE TABLE comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        author_id uuid NOT NULL,
        parent_id uuid REFERENCES comment (id) ON DELETE CASCADE,
        body text NOT NULL CHECK (char_length(body) <= 2000),
        municipal boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text CHECK (char_length(hidden_reason) <= 2000),
        CONSTRAINT comment_body_unless_deleted CHECK (deleted_at IS NOT NULL OR char_length(body) >= 1),
        CONSTRAINT comment_hidden_has_reason CHECK (hidden_at IS NULL OR hidden_reason IS NOT NULL),
        UNIQUE (municipality_id, id),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, author_id) REFERENCES app_user (municipality_id, id)
      )`);
    await q.query(`CREATE INDEX comment_thread_idx ON comment (initiative_id, created_at, id) WHERE parent_id IS NULL`);
    await q.query(`CREATE INDEX comment_replies_idx ON comment (parent_id, created_at, id) WHERE parent_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE progress_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        author_id uuid NOT NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 120),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now(),
        hidden_at timestamptz,
        hidden_reason text CHECK (char_length(hidden_reason) <= 2000),
        CONSTRAINT progress_update_hidden_has_reason CHECK (hidden_at IS NULL OR hidden_reason IS NOT NULL),
        UNIQUE (municipality_id, id),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, author_id) REFERENCES app_user (municipality_id, id)
      )`);
    await q.query(`CREATE INDEX progress_update_initiative_idx ON progress_update (initiative_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        reporter_id uuid NOT NULL,
        target_type text NOT NULL CHECK (target_type IN ('initiative', 'comment', 'progress_update', 'user')),
        target_id uuid NOT NULL,
        -- the initiative the reported item belongs to (null for a person): groups reports in the inbox
        initiative_id uuid,
        reason text NOT NULL CHECK (reason IN ('spam', 'abuse', 'personal_data', 'off_topic', 'other')),
        text text NOT NULL DEFAULT '' CHECK (char_length(text) <= 1000),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'dismissed')),
        due_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid,
        resolution_reason text CHECK (char_length(resolution_reason) <= 2000),
        CONSTRAINT report_one_per_person_per_item UNIQUE (reporter_id, target_type, target_id),
        CONSTRAINT report_resolved_complete CHECK ((status = 'open') = (resolved_at IS NULL)),
        FOREIGN KEY (municipality_id, reporter_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, resolved_by) REFERENCES app_user (municipality_id, id)
      )`);
    await q.query(`CREATE INDEX report_open_target_idx ON report (target_type, target_id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX report_open_initiative_idx ON report (municipality_id, initiative_id, due_on) WHERE status = 'open'`);
    await q.query(`CREATE INDEX report_municipality_idx ON report (municipality_id, created_at DESC, id DESC)`);
    // Items hidden because of reports (not by a facilitator's own decision): a dismissal restores only these.
    await q.query(`
      CREATE TABLE report_auto_hide (
        target_type text NOT NULL,
        target_id uuid NOT NULL,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        hidden_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target_type, target_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_auto_hide`);
    await q.query(`DROP TABLE report`);
    await q.query(`DROP TABLE progress_update`);
    await q.query(`DROP TABLE comment`);
    await q.query(`ALTER TABLE municipality DROP COLUMN report_hide_threshold`);
  }
}
