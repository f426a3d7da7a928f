import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type TokenPurpose = 'verify_email' | 'reset_password';

/** How long a link in an e-mail works. */
export const TOKEN_LIFETIME_HOURS: Record<TokenPurpose, number> = { verify_email: 48, reset_password: 1 };

/** 32 random bytes, base64url: 43 characters. Anything else is not a token of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * Single-use account tokens (e-mail verification, password reset). Only the SHA-256 of a token
 * is stored; a token works only in its own municipality, once, and until it expires.
 */
@Injectable()
export class AccountTokenRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Makes a new token and returns it (the only time it exists in clear). */
  async issue(municipalityId: string, userId: string, purpose: TokenPurpose): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO account_token (municipality_id, user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
      [municipalityId, userId, purpose, hashOf(token), TOKEN_LIFETIME_HOURS[purpose]],
    );
    return token;
  }

  /** The user a still-valid token belongs to, without using it up (to check input first). */
  async peek(municipalityId: string, purpose: TokenPurpose, token: string): Promise<string | null> {
    if (!TOKEN_SHAPE.test(token)) {
      return null;
    }
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT user_id FROM account_token
        WHERE token_hash = $1 AND municipality_id = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > now()`,
      [hashOf(token), municipalityId, purpose],
    );
    return rows[0]?.user_id ?? null;
  }

  /**
   * Uses the token up (atomically: of two concurrent uses one wins) and, with it, every other
   * open token of the same user and purpose. Returns the user id, or null when not valid.
   */
  async consume(municipalityId: string, purpose: TokenPurpose, token: string): Promise<string | null> {
    if (!TOKEN_SHAPE.test(token)) {
      return null;
    }
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [rows]: [Array<{ user_id: string }>, number] = await this.db.query(
      `UPDATE account_token SET used_at = now()
        WHERE token_hash = $1 AND municipality_id = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [hashOf(token), municipalityId, purpose],
    );
    const userId = rows[0]?.user_id ?? null;
    if (userId) {
      await this.db.query(`UPDATE account_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [
        userId,
        purpose,
      ]);
    }
    return userId;
  }
}
