import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
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

  /** Retired ones included: old initiatives keep showing theirs. */
  neighbourhoodsByIds(municipalityId: string, ids: readonly string[]): Promise<NeighbourhoodEntity[]> {
    return this.db.getRepository(NeighbourhoodEntity).findBy({ municipalityId, id: In([...ids]) });
  }

  themesByIds(municipalityId: string, ids: readonly string[]): Promise<ThemeEntity[]> {
    return this.db.getRepository(ThemeEntity).findBy({ municipalityId, id: In([...ids]) });
  }
}
