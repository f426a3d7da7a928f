import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { FollowTarget, Role } from '#domain';

export interface Follower {
  readonly userId: string;
  readonly role: Role;
  readonly emailVerified: boolean;
}

type FollowerRaw = { user_id: string; role: Role; email_verified: boolean };
const toFollower = (r: FollowerRaw): Follower => ({ userId: r.user_id, role: r.role, emailVerified: r.email_verified });

/**
 * Who follows what. The author, supporters and (active or past) pledgers of an initiative follow
 * it automatically — read from their own tables when notifications fan out, so supporting and
 * pledging stay untouched; a `follow` row records an explicit follow or unfollow, and an
 * unfollow wins.
 */
const AUTOMATIC = `
  SELECT i.author_id AS user_id FROM initiative i WHERE i.id = $1
  UNION SELECT s.user_id FROM support s WHERE s.initiative_id = $1
  UNION SELECT p.user_id FROM pledge p JOIN need n ON n.id = p.need_id
         WHERE n.initiative_id = $1 AND p.status IN ('pledged', 'confirmed', 'fulfilled')`;

@Injectable()
export class FollowRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async set(municipalityId: string, userId: string, target: FollowTarget, targetId: string, following: boolean): Promise<void> {
    await this.db.query(
      `INSERT INTO follow (municipality_id, user_id, target_type, target_id, following) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET following = EXCLUDED.following, created_at = now()`,
      [municipalityId, userId, target, targetId, following],
    );
  }

  /** Explicit choices of one person for several targets (DataLoader batch). */
  async explicit(userId: string, target: FollowTarget, ids: readonly string[]): Promise<Map<string, boolean>> {
    const rows = await this.db.query<Array<{ target_id: string; following: boolean }>>(
      `SELECT target_id, following FROM follow WHERE user_id = $1 AND target_type = $2 AND target_id = ANY($3::uuid[])`,
      [userId, target, [...ids]],
    );
    return new Map(rows.map((r) => [r.target_id, r.following]));
  }

  /** Which of these initiatives the person follows automatically (author, supporter, pledger). */
  async automatic(userId: string, initiativeIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT i.id FROM initiative i WHERE i.id = ANY($2::uuid[]) AND (i.author_id = $1
         OR EXISTS (SELECT 1 FROM support s WHERE s.initiative_id = i.id AND s.user_id = $1)
         OR EXISTS (SELECT 1 FROM pledge p JOIN need n ON n.id = p.need_id
                     WHERE n.initiative_id = i.id AND p.user_id = $1 AND p.status IN ('pledged', 'confirmed', 'fulfilled')))`,
      [userId, [...initiativeIds]],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Everyone who follows the initiative now (enabled accounts), in the caller's transaction. */
  async initiativeFollowers(manager: EntityManager, initiativeId: string): Promise<Follower[]> {
    const rows = await manager.query<FollowerRaw[]>(
      `SELECT u.id AS user_id, u.role, u.email_verified_at IS NOT NULL AS email_verified
         FROM (${AUTOMATIC} UNION SELECT f.user_id FROM follow f WHERE f.target_type = 'initiative' AND f.target_id = $1 AND f.following) who
         JOIN app_user u ON u.id = who.user_id AND u.disabled_at IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM follow f WHERE f.user_id = u.id AND f.target_type = 'initiative' AND f.target_id = $1 AND NOT f.following)`,
      [initiativeId],
    );
    return rows.map(toFollower);
  }

  async neighbourhoodFollowers(manager: EntityManager, neighbourhoodId: string): Promise<Follower[]> {
    const rows = await manager.query<FollowerRaw[]>(
      `SELECT u.id AS user_id, u.role, u.email_verified_at IS NOT NULL AS email_verified
         FROM follow f JOIN app_user u ON u.id = f.user_id AND u.disabled_at IS NULL
        WHERE f.target_type = 'neighbourhood' AND f.target_id = $1 AND f.following`,
      [neighbourhoodId],
    );
    return rows.map(toFollower);
  }

  /** The facilitators of a municipality (enabled accounts): an unassigned overdue inbox item concerns them all. */
  async facilitators(manager: EntityManager, municipalityId: string): Promise<Follower[]> {
    const rows = await manager.query<FollowerRaw[]>(
      `SELECT id AS user_id, role, email_verified_at IS NOT NULL AS email_verified
         FROM app_user WHERE municipality_id = $1 AND role = 'facilitator' AND disabled_at IS NULL`,
      [municipalityId],
    );
    return rows.map(toFollower);
  }

  /** One person as a recipient (a pledge confirmation goes to the pledger only). */
  async person(manager: EntityManager, userId: string): Promise<Follower | null> {
    const rows = await manager.query<FollowerRaw[]>(
      `SELECT id AS user_id, role, email_verified_at IS NOT NULL AS email_verified FROM app_user WHERE id = $1 AND disabled_at IS NULL`,
      [userId],
    );
    return rows[0] ? toFollower(rows[0]) : null;
  }
}
