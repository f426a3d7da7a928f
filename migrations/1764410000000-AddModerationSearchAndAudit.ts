import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hiding with a reason, a location, Dutch full-text search (weighted, GIN-indexed) and the
 * append-only audit log (a trigger refuses UPDATE and DELETE).
 */
export class AddModerationSearchAndAudit1764410000000 implements MigrationInterface {
  name = 'AddModerationSearchAndAudit1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE initiative
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN hidden_reason text CHECK (char_length(hidden_reason) <= 2000),
        ADD COLUMN lat double precision CHECK (lat BETWEEN -90 AND 90),
        ADD COLUMN lng double precision CHECK (lng BETWEEN -180 AND 180),
        ADD COLUMN published_at timestamptz,
        ADD CONSTRAINT initiative_hidden_has_reason CHECK (hidden_at IS NULL OR hidden_reason IS NOT NULL),
        ADD CONSTRAINT initiative_location_complete CHECK ((lat IS NULL) = (lng IS NULL)),
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', title), 'A') ||
          setweight(to_tsvector('dutch', summary), 'B') ||
          setweight(to_tsvector('dutch', description), 'C')
        ) STORED`);
    await q.query(`CREATE INDEX initiative_search_idx ON initiative USING gin (search_vector)`);
    await q.query(`CREATE INDEX initiative_supported_idx ON initiative (municipality_id, support_count DESC, id DESC)`);
    await q.query(`CREATE INDEX initiative_location_idx ON initiative (municipality_id, lat, lng) WHERE lat IS NOT NULL`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipality (id),
        actor_id uuid,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        summary jsonb NOT NULL DEFAULT '{}'::jsonb,
        ip inet,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_target_idx ON audit_log (municipality_id, target_id, id DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (municipality_id, actor_id, id DESC)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP INDEX initiative_location_idx`);
    await q.query(`DROP INDEX initiative_supported_idx`);
    await q.query(`DROP INDEX initiative_search_idx`);
    await q.query(`
      ALTER TABLE initiative
        DROP CONSTRAINT initiative_location_complete,
        DROP CONSTRAINT initiative_hidden_has_reason,
        DROP COLUMN search_vector,
        DROP COLUMN published_at,
        DROP COLUMN lng,
        DROP COLUMN lat,
        DROP COLUMN hidden_reason,
        DROP COLUMN hidden_at`);
  }
}
