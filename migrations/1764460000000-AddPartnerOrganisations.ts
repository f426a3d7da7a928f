import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner organisations (businesses, housing corporations, foundations, associations) and their members; pledges made for one. */
export class AddPartnerOrganisations1764460000000 implements MigrationInterface {
  name = 'AddPartnerOrganisations1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 120),
        kind text NOT NULL CHECK (kind IN ('business', 'housing_corporation', 'foundation', 'association')),
        kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, id),
        UNIQUE (municipality_id, name)
      )`);
    await q.query(`
      CREATE TABLE organisation_member (
        municipality_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id),
        FOREIGN KEY (municipality_id, organisation_id) REFERENCES organisation (municipality_id, id) ON DELETE CASCADE,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX organisation_member_user_idx ON organisation_member (user_id)`);
    await q.query(
      `ALTER TABLE pledge ADD COLUMN organisation_id uuid REFERENCES organisation (id), ADD COLUMN acknowledged_at timestamptz`,
    );
    await q.query(
      `CREATE INDEX pledge_partner_offer_idx ON pledge (municipality_id, created_at) WHERE organisation_id IS NOT NULL AND acknowledged_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX pledge_partner_offer_idx`);
    await q.query(`ALTER TABLE pledge DROP COLUMN acknowledged_at, DROP COLUMN organisation_id`);
    await q.query(`DROP TABLE organisation_member`);
    await q.query(`DROP TABLE organisation`);
  }
}
