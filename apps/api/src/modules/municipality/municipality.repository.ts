import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity.js';
import { NeighbourhoodEntity } from './neighbourhood.entity.js';
import { ThemeEntity } from './theme.entity.js';

@Injectable()
export class MunicipalityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findAll(): Promise<MunicipalityEntity[]> {
    return this.db.getRepository(MunicipalityEntity).find({ order: { createdAt: 'ASC' } });
  }

  /** Pass the transaction's manager when inside one (never take a second pool connection while holding locks). */
  findById(id: string, manager: EntityManager = this.db.manager): Promise<MunicipalityEntity | null> {
    return manager.getRepository(MunicipalityEntity).findOneBy({ id });
  }

  activeNeighbourhoods(municipalityId: string): Promise<NeighbourhoodEntity[]> {
    return this.db.getRepository(NeighbourhoodEntity).find({ where: { municipalityId, retiredAt: IsNull() }, order: { name: 'ASC' } });
  }

  activeThemes(municipalityId: string): Promise<ThemeEntity[]> {
    return this.db.getRepository(ThemeEntity).find({ where: { municipalityId, retiredAt: IsNull() }, order: { name: 'ASC' } });
  }

  /**
   * Retired ones included: old initiatives keep showing theirs. Plain SQL: a DataLoader batch asked
   * on every list page, where TypeORM's query building and entity mapping cost more than the query.
   */
  async neighbourhoodsByIds(municipalityId: string, ids: readonly string[]): Promise<NeighbourhoodEntity[]> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT id, municipality_id, name, code, boundary, retired_at, created_at FROM neighbourhood
        WHERE municipality_id = $1 AND id = ANY($2::uuid[])`,
      [municipalityId, [...ids]],
    );
    return rows.map((row) =>
      Object.assign(new NeighbourhoodEntity(), {
        id: row.id as string,
        municipalityId: row.municipality_id as string,
        name: row.name as string,
        code: row.code as string,
        boundary: row.boundary ?? null,
        retiredAt: (row.retired_at as Date | null) ?? null,
        createdAt: row.created_at as Date,
      }),
    );
  }

  /** Retired ones included; plain SQL like neighbourhoodsByIds. */
  async themesByIds(municipalityId: string, ids: readonly string[]): Promise<ThemeEntity[]> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT id, municipality_id, slug, name, icon, retired_at, created_at FROM theme
        WHERE municipality_id = $1 AND id = ANY($2::uuid[])`,
      [municipalityId, [...ids]],
    );
    return rows.map((row) =>
      Object.assign(new ThemeEntity(), {
        id: row.id as string,
        municipalityId: row.municipality_id as string,
        slug: row.slug as string,
        name: row.name as string,
        icon: row.icon as string,
        retiredAt: (row.retired_at as Date | null) ?? null,
        createdAt: row.created_at as Date,
      }),
    );
  }
}
