import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Municipalities (tenants), accounts and sessions, neighbourhoods, themes, initiatives and
 * their status events. Cross-table references carry the municipality so that a row can
 * never point into another municipality (composite foreign keys).
 */
export class CreateCoreSchema1764400000000 implements MigrationInterface {
  name = 'CreateCoreSchema1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 120),
        hosts text[] NOT NULL DEFAULT '{}',
        support_threshold integer NOT NULL DEFAULT 50 CHECK (support_threshold > 0),
        support_window_days integer NOT NULL DEFAULT 90 CHECK (support_window_days > 0),
        first_response_working_days integer NOT NULL DEFAULT 10 CHECK (first_response_working_days > 0),
        decision_working_days integer NOT NULL DEFAULT 15 CHECK (decision_working_days > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
        display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 80),
        password_hash text NOT NULL,
        -- whether the current password also meets the staff policy (known only when it is set)
        password_fits_staff boolean NOT NULL DEFAULT false,
        role text NOT NULL DEFAULT 'resident' CHECK (role IN ('resident', 'facilitator', 'admin')),
        language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_uq ON app_user (municipality_id, lower(email))`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE neighbourhood (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 80),
        code text NOT NULL CHECK (char_length(code) BETWEEN 2 AND 20),
        boundary jsonb,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, code),
        UNIQUE (municipality_id, id)
      )`);
    await q.query(`
      CREATE TABLE theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9-]{2,40}$'),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 60),
        icon text NOT NULL DEFAULT 'star',
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, slug),
        UNIQUE (municipality_id, id)
      )`);
    await q.query(`
      CREATE TABLE initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        author_id uuid NOT NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 5 AND 120),
        summary text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 280),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 10000),
        neighbourhood_id uuid,
        theme_id uuid,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'changes_requested',
          'rejected', 'published', 'under_review', 'adopted', 'declined', 'in_progress', 'completed',
          'withdrawn', 'expired')),
        support_count integer NOT NULL DEFAULT 0 CHECK (support_count >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, id),
        FOREIGN KEY (municipality_id, author_id) REFERENCES app_user (municipality_id, id),
        FOREIGN KEY (municipality_id, neighbourhood_id) REFERENCES neighbourhood (municipality_id, id),
        FOREIGN KEY (municipality_id, theme_id) REFERENCES theme (municipality_id, id)
      )`);
    await q.query(`CREATE INDEX initiative_newest_idx ON initiative (municipality_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX initiative_author_idx ON initiative (municipality_id, author_id)`);
    await q.query(`
      CREATE TABLE initiative_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        actor_id uuid,
        from_status text,
        to_status text NOT NULL,
        reason text CHECK (char_length(reason) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, actor_id) REFERENCES app_user (municipality_id, id)
      )`);
    await q.query(`CREATE INDEX initiative_event_initiative_idx ON initiative_event (initiative_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE initiative_event`);
    await q.query(`DROP TABLE initiative`);
    await q.query(`DROP TABLE theme`);
    await q.query(`DROP TABLE neighbourhood`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE municipality`);
  }
}
