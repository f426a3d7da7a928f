import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail verification and single-use account tokens (verification, password reset). A token
 * is stored only as its SHA-256 hash. Accounts that existed before verification did are
 * marked verified (they were made by staff or the demo seed).
 */
export class AddEmailVerificationAndAccountTokens1764430000000 implements MigrationInterface {
  name = 'AddEmailVerificationAndAccountTokens1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN email_verified_at timestamptz`);
    await q.query(`UPDATE app_user SET email_verified_at = created_at`);
    await q.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
        token_hash bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX account_token_user_idx ON account_token (user_id, purpose) WHERE used_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_token`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email_verified_at`);
  }
}
