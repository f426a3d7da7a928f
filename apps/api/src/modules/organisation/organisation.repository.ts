import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returnedRows } from '../../database/returned-rows.js';
import type { OrganisationKindValue, OrganisationType } from './organisation.type.js';

const COLUMNS = `o.id, o.name, o.kind, o.kvk_number AS "kvkNumber"`;

@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Creates the organisation with its first member, or returns null when the name is taken. */
  async create(
    municipalityId: string,
    userId: string,
    v: { name: string; kind: OrganisationKindValue; kvkNumber: string | null },
  ): Promise<OrganisationType | null> {
    return this.db.transaction(async (m) => {
      const rows = await m.query<OrganisationType[]>(
        `INSERT INTO organisation AS o (municipality_id, name, kind, kvk_number) VALUES ($1, $2, $3, $4)
         ON CONFLICT (municipality_id, name) DO NOTHING RETURNING ${COLUMNS}`,
        [municipalityId, v.name, v.kind, v.kvkNumber],
      );
      if (!rows[0]) {
        return null;
      }
      await m.query(`INSERT INTO organisation_member (municipality_id, organisation_id, user_id) VALUES ($1, $2, $3)`, [
        municipalityId,
        rows[0].id,
        userId,
      ]);
      return rows[0];
    });
  }

  async isMember(municipalityId: string, organisationId: string, userId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM organisation_member WHERE municipality_id = $1 AND organisation_id = $2 AND user_id = $3`,
      [municipalityId, organisationId, userId],
    );
    return rows.length > 0;
  }

  /** Adds a person of the same municipality (by e-mail); false when no such account exists. */
  async addMember(municipalityId: string, organisationId: string, email: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `INSERT INTO organisation_member (municipality_id, organisation_id, user_id)
       SELECT $1, $2, u.id FROM app_user u WHERE u.municipality_id = $1 AND lower(u.email) = lower($3)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [municipalityId, organisationId, email],
    );
    if (rows.length > 0) {
      return true;
    }
    const existing = await this.db.query<unknown[]>(
      `SELECT 1 FROM organisation_member m JOIN app_user u ON u.id = m.user_id WHERE m.organisation_id = $1 AND lower(u.email) = lower($2)`,
      [organisationId, email],
    );
    return existing.length > 0;
  }

  ofUser(municipalityId: string, userId: string): Promise<OrganisationType[]> {
    return this.db.query<OrganisationType[]>(
      `SELECT ${COLUMNS} FROM organisation o JOIN organisation_member m ON m.organisation_id = o.id
        WHERE o.municipality_id = $1 AND m.user_id = $2 ORDER BY o.name`,
      [municipalityId, userId],
    );
  }

  byIds(municipalityId: string, ids: readonly string[]): Promise<OrganisationType[]> {
    return this.db.query<OrganisationType[]>(
      `SELECT ${COLUMNS} FROM organisation o WHERE o.municipality_id = $1 AND o.id = ANY($2::uuid[])`,
      [municipalityId, [...ids]],
    );
  }

  /** Partner pledges that no facilitator has acknowledged yet, oldest first. */
  openOffers(municipalityId: string, limit: number): Promise<Array<{ id: string }>> {
    return this.db.query(
      `SELECT id FROM pledge WHERE municipality_id = $1 AND organisation_id IS NOT NULL AND acknowledged_at IS NULL
         AND status IN ('pledged', 'confirmed') ORDER BY created_at LIMIT $2`,
      [municipalityId, limit],
    );
  }

  async acknowledge(municipalityId: string, pledgeId: string): Promise<boolean> {
    const result = await this.db.query<unknown[] | [unknown[], number]>(
      `UPDATE pledge SET acknowledged_at = now() WHERE municipality_id = $1 AND id = $2 AND organisation_id IS NOT NULL AND acknowledged_at IS NULL RETURNING 1`,
      [municipalityId, pledgeId],
    );
    return returnedRows(result).length > 0;
  }
}
