import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Up to five images per initiative: re-encoded files in the image storage, described here. */
export class AddInitiativeImages1764470000000 implements MigrationInterface {
  name = 'AddInitiativeImages1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE initiative_image (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        uploaded_by uuid,
        storage_key text NOT NULL UNIQUE CHECK (storage_key ~ '^[a-z0-9-]{1,80}\\.webp$'),
        thumb_key text NOT NULL UNIQUE CHECK (thumb_key ~ '^[a-z0-9-]{1,80}\\.webp$'),
        content_type text NOT NULL CHECK (content_type IN ('image/webp')),
        source_type text NOT NULL CHECK (source_type IN ('image/jpeg', 'image/png', 'image/webp')),
        alt text NOT NULL CHECK (char_length(alt) BETWEEN 1 AND 200),
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        byte_size integer NOT NULL CHECK (byte_size > 0),
        position integer NOT NULL CHECK (position BETWEEN 0 AND 4),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (uploaded_by) REFERENCES app_user (id) ON DELETE SET NULL,
        CONSTRAINT initiative_image_position_unique UNIQUE (initiative_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE initiative_image`);
  }
}
