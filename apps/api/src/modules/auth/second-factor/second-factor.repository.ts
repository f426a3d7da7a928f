import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returnedRows } from '../../../database/returned-rows.js';
import { recoveryCodeHash } from './totp.js';

export interface StoredSecondFactor {
  readonly secretEncrypted: string;
  readonly enabledAt: Date | null;
}

type Owner = { readonly municipalityId: string; readonly userId: string };

/** The TOTP secret (encrypted), its last used time step, and the hashed recovery codes of an account. */
@Injectable()
export class SecondFactorRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(owner: Owner): Promise<StoredSecondFactor | null> {
    const rows: Array<{ secret_encrypted: string; enabled_at: Date | null }> = await this.db.query(
      `SELECT secret_encrypted, enabled_at FROM user_second_factor WHERE municipality_id = $1 AND user_id = $2`,
      [owner.municipalityId, owner.userId],
    );
    return rows[0] ? { secretEncrypted: rows[0].secret_encrypted, enabledAt: rows[0].enabled_at } : null;
  }

  /** Starts (or restarts) an enrolment: a new secret, not yet on. Refused (false) when one is already on. */
  async savePending(owner: Owner, secretEncrypted: string): Promise<boolean> {
    const rows: unknown[] | [unknown[], number] = await this.db.query(
      `INSERT INTO user_second_factor (municipality_id, user_id, secret_encrypted) VALUES ($1, $2, $3)
       ON CONFLICT (municipality_id, user_id) DO UPDATE
         SET secret_encrypted = excluded.secret_encrypted, created_at = now(), last_used_step = NULL
         WHERE user_second_factor.enabled_at IS NULL
       RETURNING 1`,
      [owner.municipalityId, owner.userId, secretEncrypted],
    );
    return rows.length === 1;
  }

  /**
   * Records that the code of `step` was used, only when no code of this or a later step was used
   * before (one statement, so two requests with the same code cannot both pass).
   */
  async claimStep(owner: Owner, step: number, manager: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] | [unknown[], number] = await manager.query(
      `UPDATE user_second_factor SET last_used_step = $3
        WHERE municipality_id = $1 AND user_id = $2 AND (last_used_step IS NULL OR last_used_step < $3)
        RETURNING 1`,
      [owner.municipalityId, owner.userId, step],
    );
    return returned(rows);
  }

  /** Turns the factor on and replaces the recovery codes (in the caller's transaction). */
  async enable(manager: EntityManager, owner: Owner, recoveryCodes: readonly string[]): Promise<void> {
    await manager.query(`UPDATE user_second_factor SET enabled_at = now() WHERE municipality_id = $1 AND user_id = $2`, [
      owner.municipalityId,
      owner.userId,
    ]);
    await manager.query(`DELETE FROM second_factor_recovery_code WHERE municipality_id = $1 AND user_id = $2`, [
      owner.municipalityId,
      owner.userId,
    ]);
    await manager.query(
      `INSERT INTO second_factor_recovery_code (municipality_id, user_id, code_hash) SELECT $1, $2, unnest($3::bytea[])`,
      [owner.municipalityId, owner.userId, recoveryCodes.map(recoveryCodeHash)],
    );
  }

  /** Uses up a recovery code; false when it is unknown or already used. */
  async useRecoveryCode(owner: Owner, code: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] | [unknown[], number] = await manager.query(
      `UPDATE second_factor_recovery_code SET used_at = now()
        WHERE municipality_id = $1 AND user_id = $2 AND code_hash = $3 AND used_at IS NULL
        RETURNING 1`,
      [owner.municipalityId, owner.userId, recoveryCodeHash(code)],
    );
    return returned(rows);
  }

  async remove(manager: EntityManager, owner: Owner): Promise<void> {
    await manager.query(`DELETE FROM second_factor_recovery_code WHERE municipality_id = $1 AND user_id = $2`, [
      owner.municipalityId,
      owner.userId,
    ]);
    await manager.query(`DELETE FROM user_second_factor WHERE municipality_id = $1 AND user_id = $2`, [owner.municipalityId, owner.userId]);
  }

  async requiredForStaff(municipalityId: string): Promise<boolean> {
    const rows: Array<{ required: boolean }> = await this.db.query(
      `SELECT require_second_factor_for_staff AS required FROM municipality WHERE id = $1`,
      [municipalityId],
    );
    return rows[0]?.required ?? false;
  }

  /** Whether the factor is on, how many recovery codes are left, and the municipality's policy: one statement. */
  async status(owner: Owner): Promise<{ enabled: boolean; unusedRecoveryCodes: number; requiredForStaff: boolean }> {
    const rows: Array<{ enabled: boolean; unused: number; required: boolean }> = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM user_second_factor f
                       WHERE f.municipality_id = m.id AND f.user_id = $2 AND f.enabled_at IS NOT NULL) AS enabled,
              (SELECT count(*)::int FROM second_factor_recovery_code c
                WHERE c.municipality_id = m.id AND c.user_id = $2 AND c.used_at IS NULL) AS unused,
              m.require_second_factor_for_staff AS required
         FROM municipality m WHERE m.id = $1`,
      [owner.municipalityId, owner.userId],
    );
    const row = rows[0];
    return { enabled: row?.enabled ?? false, unusedRecoveryCodes: row?.unused ?? 0, requiredForStaff: row?.required ?? false };
  }

  /** Sets the municipality's policy; answers what it was before (row-locked, for the audit entry). */
  async setPolicy(manager: EntityManager, municipalityId: string, requireForStaff: boolean): Promise<boolean> {
    const before: Array<{ required: boolean }> = await manager.query(
      `SELECT require_second_factor_for_staff AS required FROM municipality WHERE id = $1 FOR UPDATE`,
      [municipalityId],
    );
    await manager.query(`UPDATE municipality SET require_second_factor_for_staff = $2 WHERE id = $1`, [municipalityId, requireForStaff]);
    return before[0]?.required ?? false;
  }
}

const returned = (result: unknown[] | [unknown[], number]): boolean => returnedRows(result).length > 0;
