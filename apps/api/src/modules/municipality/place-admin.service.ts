import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isBoundary } from '#domain';
import { badInput, conflict, notFound } from '../../common/errors/app-error.js';
import type { Actor } from '../../common/request/request-types.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { NeighbourhoodInput, ThemeInput } from './dto/place-and-theme.input.js';
import { NeighbourhoodEntity } from './neighbourhood.entity.js';
import { ThemeEntity } from './theme.entity.js';

type Kind = 'neighbourhood' | 'theme';

/** Admins add, rename and retire neighbourhoods and themes; retired ones stay on old initiatives. */
@Injectable()
export class PlaceAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  async saveNeighbourhood(actor: Actor, id: string | null, input: NeighbourhoodInput): Promise<NeighbourhoodEntity> {
    if (input.boundary !== undefined && input.boundary !== null && !isBoundary(input.boundary)) {
      throw badInput([{ field: 'boundary', key: 'field.boundary' }]);
    }
    const values = { name: input.name, code: input.code, boundary: input.boundary ?? null };
    return this.save(actor, 'neighbourhood', NeighbourhoodEntity, id, values);
  }

  saveTheme(actor: Actor, id: string | null, input: ThemeInput): Promise<ThemeEntity> {
    return this.save(actor, 'theme', ThemeEntity, id, { name: input.name, slug: input.slug, icon: input.icon });
  }

  async retire<T extends NeighbourhoodEntity | ThemeEntity>(actor: Actor, kind: Kind, entity: new () => T, id: string): Promise<T> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(entity);
      const found = await repo.findOneBy({ municipalityId: actor.municipalityId, id } as never);
      if (!found) {
        throw notFound();
      }
      if (!found.retiredAt) {
        found.retiredAt = new Date();
        await repo.save(found);
        await this.audit.append(manager, {
          municipalityId: actor.municipalityId,
          actorId: actor.userId,
          action: `${kind}.retired`,
          targetType: kind,
          targetId: id,
          summary: { name: found.name },
          ip: actor.ip,
        });
      }
      return found;
    });
  }

  private async save<T extends NeighbourhoodEntity | ThemeEntity>(
    actor: Actor,
    kind: Kind,
    entity: new () => T,
    id: string | null,
    values: Partial<T>,
  ): Promise<T> {
    try {
      return await this.db.transaction(async (manager) => {
        const repo = manager.getRepository(entity);
        const before = id ? await repo.findOneBy({ municipalityId: actor.municipalityId, id } as never) : null;
        if (id && !before) {
          throw notFound();
        }
        // Read before the save: `before` is the entity that Object.assign changes.
        const nameBefore = before ? before.name : null;
        const saved = await repo.save(
          Object.assign(before ?? Object.assign(new entity(), { municipalityId: actor.municipalityId }), values),
        );
        await this.audit.append(manager, {
          municipalityId: actor.municipalityId,
          actorId: actor.userId,
          action: before ? `${kind}.changed` : `${kind}.added`,
          targetType: kind,
          targetId: saved.id,
          summary: { before: nameBefore === null ? null : { name: nameBefore }, after: { name: saved.name } },
          ip: actor.ip,
        });
        return saved;
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw conflict('place.duplicate');
      }
      throw error;
    }
  }
}
