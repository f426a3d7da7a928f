import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An optional TOTP second factor per account, its single-use recovery codes, and the
 * municipality's policy that staff must use one. The TOTP secret is stored encrypted
 * (AES-256-GCM, key from the configuration); recovery codes only as SHA-256 hashes.
 */
export class AddSecondFactor1764480000000 implements MigrationInterface {
  name = 'AddSecondFactor1764480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality ADD COLUMN require_second_factor_for_staff boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE user_second_factor (
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        secret_encrypted text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        enabled_at timestamptz,
        last_used_step bigint,
        PRIMARY KEY (municipality_id, user_id),
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE second_factor_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        code_hash bytea NOT NULL CHECK (octet_length(code_hash) = 32),
        used_at timestamptz,
        UNIQUE (municipality_id, user_id, code_hash),
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE second_factor_recovery_code`);
    await q.query(`DROP TABLE user_second_factor`);
    await q.query(`ALTER TABLE municipality DROP COLUMN require_second_factor_for_staff`);
  }
}
