import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '#domain';

export interface LiveSession {
  readonly sessionId: string;
  readonly userId: string;
  readonly municipalityId: string;
  /** A resident's role while `mustEnrolSecondFactor`: no staff powers anywhere (GraphQL, uploads, media) until then. */
  readonly role: Role;
  readonly displayName: string;
  readonly emailVerified: boolean;
  /** Staff of a municipality that requires a second factor, without one on: they may only enrol (see AccessGuard). */
  readonly mustEnrolSecondFactor: boolean;
  readonly lastSeenAt: Date;
}

/** How long a session may sit unused: residents and staff (facilitators, admins) separately. */
export interface IdleTimeouts {
  readonly residentMinutes: number;
  readonly staffMinutes: number;
}

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(municipalityId: string, userId: string, maxHours: number): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO user_session (municipality_id, user_id, expires_at)
       VALUES ($1, $2, now() + make_interval(hours => $3)) RETURNING id`,
      [municipalityId, userId, maxHours],
    );
    return rows[0].id;
  }

  /** The session if it is still good: not revoked, not past its lifetime, not idle too long for the role, user enabled. */
  async findLive(sessionId: string, idle: IdleTimeouts): Promise<LiveSession | null> {
    const rows: Array<{
      id: string;
      user_id: string;
      municipality_id: string;
      role: Role;
      display_name: string;
      email_verified: boolean;
      must_enrol: boolean;
      last_seen_at: Date;
    }> = await this.db.query(
      `SELECT s.id, s.user_id, s.municipality_id, u.role, u.display_name, u.email_verified_at IS NOT NULL AS email_verified, s.last_seen_at,
              (m.require_second_factor_for_staff AND u.role IN ('facilitator', 'admin') AND NOT EXISTS (
                 SELECT 1 FROM user_second_factor f
                  WHERE f.municipality_id = s.municipality_id AND f.user_id = s.user_id AND f.enabled_at IS NOT NULL)) AS must_enrol
         FROM user_session s
         JOIN app_user u ON u.municipality_id = s.municipality_id AND u.id = s.user_id
         JOIN municipality m ON m.id = s.municipality_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL
          AND s.last_seen_at > now() - make_interval(mins => CASE WHEN u.role = 'resident' THEN $2::int ELSE $3::int END)`,
      [sessionId, idle.residentMinutes, idle.staffMinutes],
    );
    const row = rows[0];
    return row
      ? {
          sessionId: row.id,
          userId: row.user_id,
          municipalityId: row.municipality_id,
          role: row.must_enrol ? 'resident' : row.role,
          displayName: row.display_name,
          emailVerified: row.email_verified,
          mustEnrolSecondFactor: row.must_enrol,
          lastSeenAt: row.last_seen_at,
        }
      : null;
  }

  async touch(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [sessionId]);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Ends every session of a user (password or role change, account disabled), inside `manager`'s transaction when given. */
  async revokeAllOf(municipalityId: string, userId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`UPDATE user_session SET revoked_at = now() WHERE municipality_id = $1 AND user_id = $2 AND revoked_at IS NULL`, [
      municipalityId,
      userId,
    ]);
  }
}
