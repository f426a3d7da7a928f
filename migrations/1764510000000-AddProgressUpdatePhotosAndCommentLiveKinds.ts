import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'comment', 'progress_update', 'status_changed', 'threshold_reached', 'response', 'pledge_confirmed', 'support_changed',
  'shift_reminder', 'item_assigned', 'item_overdue'`;
const NEW_KINDS = `'comment_edited', 'comment_removed', 'comment_hidden', 'progress_update_changed'`;

/**
 * - A progress update may carry one photo (re-encoded WebP like initiative pictures, with alt text):
 *   all photo columns are set together or not at all; the keys are unique, for the media route.
 * - The outbox takes four kinds that only travel live (no notifications): a comment was edited,
 *   removed, or hidden/shown again by moderation; a progress update changed (it got its photo).
 */
export class AddProgressUpdatePhotosAndCommentLiveKinds1764510000000 implements MigrationInterface {
  name = 'AddProgressUpdatePhotosAndCommentLiveKinds1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE progress_update
        ADD COLUMN photo_key text,
        ADD COLUMN photo_thumb_key text,
        ADD COLUMN photo_source_type text,
        ADD COLUMN photo_alt text,
        ADD COLUMN photo_width integer,
        ADD COLUMN photo_height integer,
        ADD CONSTRAINT progress_update_photo_complete CHECK (
          (photo_key IS NULL AND photo_thumb_key IS NULL AND photo_source_type IS NULL AND photo_alt IS NULL AND photo_width IS NULL AND photo_height IS NULL)
          OR (photo_key IS NOT NULL AND photo_thumb_key IS NOT NULL AND photo_source_type IS NOT NULL AND photo_alt IS NOT NULL
              AND photo_width > 0 AND photo_height > 0))`);
    await q.query(`CREATE UNIQUE INDEX progress_update_photo_key_idx ON progress_update (photo_key) WHERE photo_key IS NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX progress_update_photo_thumb_key_idx ON progress_update (photo_thumb_key) WHERE photo_thumb_key IS NOT NULL`,
    );
    await q.query(`ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check`);
    await q.query(`ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN (${OLD_KINDS}, ${NEW_KINDS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM outbox WHERE kind IN (${NEW_KINDS})`);
    await q.query(`ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check`);
    await q.query(`ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    await q.query(`DROP INDEX progress_update_photo_thumb_key_idx`);
    await q.query(`DROP INDEX progress_update_photo_key_idx`);
    await q.query(`
      ALTER TABLE progress_update
        DROP CONSTRAINT progress_update_photo_complete,
        DROP COLUMN photo_key,
        DROP COLUMN photo_thumb_key,
        DROP COLUMN photo_source_type,
        DROP COLUMN photo_alt,
        DROP COLUMN photo_width,
        DROP COLUMN photo_height`);
  }
}
