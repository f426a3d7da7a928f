import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'comment', 'progress_update', 'status_changed', 'threshold_reached', 'response', 'pledge_confirmed', 'support_changed'`;
const NEW_KINDS = `'shift_reminder', 'item_assigned', 'item_overdue'`;

/**
 * Shift reminders and staff notifications:
 * - `pledge.reminded_at`: set in the very statement that writes the reminder to the outbox, so a
 *   pledge is reminded once, also with several job runners at the same time;
 * - `inbox_overdue_notice`: one row per inbox item (initiative, kind, due date) whose deadline passed
 *   and was announced; its primary key makes the announcement happen once;
 * - the outbox takes the three new kinds.
 */
export class AddShiftRemindersAndStaffAlerts1764490000000 implements MigrationInterface {
  name = 'AddShiftRemindersAndStaffAlerts1764490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE pledge ADD COLUMN reminded_at timestamptz`);
    await q.query(`CREATE INDEX need_shift_start_idx ON need (starts_at) WHERE kind = 'shift'`);
    await q.query(`
      CREATE TABLE inbox_overdue_notice (
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('moderation', 'first_response', 'decision', 'report')),
        due_on date NOT NULL,
        notified_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (initiative_id, kind, due_on),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check`);
    await q.query(`ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN (${OLD_KINDS}, ${NEW_KINDS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind IN (${NEW_KINDS})`);
    await q.query(`DELETE FROM notification_preference WHERE kind IN (${NEW_KINDS})`);
    await q.query(`DELETE FROM outbox WHERE kind IN (${NEW_KINDS})`);
    await q.query(`ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check`);
    await q.query(`ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    await q.query(`DROP TABLE inbox_overdue_notice`);
    await q.query(`DROP INDEX need_shift_start_idx`);
    await q.query(`ALTER TABLE pledge DROP COLUMN reminded_at`);
  }
}
