import { Injectable } from '@nestjs/common';
import type { Viewer } from '#domain';
import { badInput, notFound, type FieldError } from '../../common/errors/app-error.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../common/pagination/pagination.js';
import type { Actor } from '../../common/request/request-types.js';
import { MunicipalityRepository } from '../municipality/municipality.repository.js';
import type { CreateInitiativeInput, InitiativeFilter } from './dto/initiative.input.js';
import type { InitiativeType } from './dto/initiative.type.js';
import { toInitiativeType } from './dto/to-initiative-type.js';
import { InitiativeRepository, type InitiativeRow } from './initiative.repository.js';

export function viewerOf(actor: Actor | null): Viewer | null {
  return actor ? { userId: actor.userId, role: actor.role } : null;
}

/** Creating, finding and listing initiatives; every read goes through the visibility rule. */
@Injectable()
export class InitiativeService {
  constructor(
    private readonly initiatives: InitiativeRepository,
    private readonly municipalities: MunicipalityRepository,
  ) {}

  async create(actor: Actor, input: CreateInitiativeInput): Promise<InitiativeRow> {
    await this.checkPlaceAndTheme(actor.municipalityId, input.neighbourhoodId ?? null, input.themeId ?? null);
    const id = await this.initiatives.transaction(async (manager) => {
      const newId = await this.initiatives.insert(manager, {
        municipalityId: actor.municipalityId,
        authorId: actor.userId,
        title: input.title,
        summary: input.summary ?? '',
        description: input.description ?? '',
        neighbourhoodId: input.neighbourhoodId ?? null,
        themeId: input.themeId ?? null,
      });
      await this.initiatives.addEvent(manager, {
        municipalityId: actor.municipalityId,
        initiativeId: newId,
        actorId: actor.userId,
        fromStatus: null,
        toStatus: 'draft',
        reason: null,
      });
      return newId;
    });
    return this.get(actor.municipalityId, id, actor);
  }

  async get(municipalityId: string, id: string, actor: Actor | null): Promise<InitiativeRow> {
    const row = await this.initiatives.findVisible(municipalityId, id, viewerOf(actor));
    if (!row) {
      throw notFound();
    }
    return row;
  }

  async list(
    municipalityId: string,
    actor: Actor | null,
    filter: InitiativeFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<InitiativeType>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const { rows, totalCount } = await this.initiatives.list(
      municipalityId,
      viewerOf(actor),
      {
        statuses: filter?.status ?? undefined,
        neighbourhoodId: filter?.neighbourhoodId ?? undefined,
        themeId: filter?.themeId ?? undefined,
        // "mine" without a session matches nobody rather than everybody.
        authorId: filter?.mine ? (actor?.userId ?? '00000000-0000-0000-0000-000000000000') : undefined,
      },
      limit,
      cursor,
    );
    const page = rows.slice(0, limit);
    const edges = page.map((row) => ({ cursor: encodeCursor({ value: row.cursorValue, id: row.id }), node: toInitiativeType(row) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  private async checkPlaceAndTheme(municipalityId: string, neighbourhoodId: string | null, themeId: string | null): Promise<void> {
    const problems: FieldError[] = [];
    if (neighbourhoodId) {
      const [found] = await this.municipalities.neighbourhoodsByIds(municipalityId, [neighbourhoodId]);
      if (!found || found.retiredAt) {
        problems.push({ field: 'neighbourhoodId', key: 'field.unknownNeighbourhood' });
      }
    }
    if (themeId) {
      const [found] = await this.municipalities.themesByIds(municipalityId, [themeId]);
      if (!found || found.retiredAt) {
        problems.push({ field: 'themeId', key: 'field.unknownTheme' });
      }
    }
    if (problems.length > 0) {
      throw badInput(problems);
    }
  }
}
