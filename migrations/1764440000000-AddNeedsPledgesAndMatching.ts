import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Needs with a constraint-backed counter (pledged never above capacity), pledges with one
 * active pledge per person per need, matching budgets per neighbourhood and year (used never
 * above budget), and an append-only matching ledger.
 */
export class AddNeedsPledgesAndMatching1764440000000 implements MigrationInterface {
  name = 'AddNeedsPledgesAndMatching1764440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE municipality
        ADD COLUMN matching_money_ratio numeric(4,2) NOT NULL DEFAULT 1 CHECK (matching_money_ratio >= 0),
        ADD COLUMN matching_hourly_rate_cents integer NOT NULL DEFAULT 1500 CHECK (matching_hourly_rate_cents >= 0),
        ADD COLUMN matching_cap_cents integer NOT NULL DEFAULT 100000 CHECK (matching_cap_cents >= 0)`);
    await q.query(`ALTER TABLE app_user ADD COLUMN calendar_token_hash text UNIQUE`);
    await q.query(`
      CREATE TABLE need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('shift', 'task', 'material', 'space', 'money')),
        title text NOT NULL CHECK (char_length(title) BETWEEN 2 AND 120),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
        starts_at timestamptz,
        ends_at timestamptz,
        place text CHECK (char_length(place) <= 200),
        skills text CHECK (char_length(skills) <= 200),
        due_on date,
        hours_estimate numeric(6,2) CHECK (hours_estimate > 0),
        unit text CHECK (char_length(unit) <= 40),
        capacity integer NOT NULL CHECK (capacity > 0),
        pledged integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT need_never_over_pledged CHECK (pledged >= 0 AND pledged <= capacity),
        CONSTRAINT need_shift_has_times CHECK (kind <> 'shift' OR (starts_at IS NOT NULL AND ends_at > starts_at)),
        UNIQUE (municipality_id, id),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX need_initiative_idx ON need (initiative_id, created_at)`);
    await q.query(`
      CREATE TABLE pledge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        need_id uuid NOT NULL,
        user_id uuid NOT NULL,
        amount integer NOT NULL CHECK (amount > 0),
        note text CHECK (char_length(note) <= 500),
        status text NOT NULL DEFAULT 'pledged' CHECK (status IN ('pledged', 'confirmed', 'fulfilled', 'cancelled', 'no_show')),
        delivered_hours numeric(6,2) CHECK (delivered_hours >= 0),
        delivered_amount integer CHECK (delivered_amount >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, need_id) REFERENCES need (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX pledge_one_active_per_need ON pledge (need_id, user_id) WHERE status IN ('pledged', 'confirmed')`);
    await q.query(`CREATE INDEX pledge_user_idx ON pledge (user_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE matching_budget (
        municipality_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        budget_cents bigint NOT NULL CHECK (budget_cents >= 0),
        used_cents bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (neighbourhood_id, year),
        CONSTRAINT matching_budget_never_exceeded CHECK (used_cents >= 0 AND used_cents <= budget_cents),
        FOREIGN KEY (municipality_id, neighbourhood_id) REFERENCES neighbourhood (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE matching_ledger (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        pledge_id uuid NOT NULL UNIQUE REFERENCES pledge (id),
        neighbourhood_id uuid NOT NULL,
        year integer NOT NULL,
        basis text NOT NULL CHECK (basis IN ('money', 'hours')),
        amount_cents integer NOT NULL CHECK (amount_cents > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_id, initiative_id) REFERENCES initiative (municipality_id, id)
      )`);
    await q.query(`CREATE INDEX matching_ledger_initiative_idx ON matching_ledger (initiative_id)`);
    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END $$`);
    await q.query(
      `CREATE TRIGGER matching_ledger_no_change BEFORE UPDATE OR DELETE ON matching_ledger FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE matching_ledger`);
    await q.query(`DROP FUNCTION refuse_change()`);
    await q.query(`DROP TABLE matching_budget`);
    await q.query(`DROP TABLE pledge`);
    await q.query(`DROP TABLE need`);
    await q.query(`ALTER TABLE app_user DROP COLUMN calendar_token_hash`);
    await q.query(`
      ALTER TABLE municipality DROP COLUMN matching_cap_cents, DROP COLUMN matching_hourly_rate_cents, DROP COLUMN matching_money_ratio`);
  }
}
