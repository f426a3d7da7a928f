import { Injectable } from '@nestjs/common';
import { containsPoint, isBoundary, searchTerms, toPrefixTsQuery, type Viewer } from '#domain';
import { badInput, notFound, type FieldError } from '../../common/errors/app-error.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination/pagination.js';
import type { Actor } from '../../common/request/request-types.js';
import { MunicipalityRepository } from '../municipality/municipality.repository.js';
import {
  type InitiativeOrderValue,
  type CreateInitiativeInput,
  type InitiativeFilter,
  type LocationInput,
} from './dto/initiative.input.js';
import { TOTAL_COUNT_CAP, type CappedCount, type InitiativeConnectionType } from './dto/initiative-connection.type.js';
import type { MunicipalityEntity } from '../municipality/municipality.entity.js';
import { positionOf, SNAPSHOT_SETTLE_MS } from './initiative-list.sql.js';
import { toInitiativeType } from './dto/to-initiative-type.js';
import { InitiativeRepository, type InitiativeListFilter, type InitiativeOrder, type InitiativeRow } from './initiative.repository.js';

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
    const content = await this.content(actor.municipalityId, input);
    const id = await this.initiatives.transaction(async (manager) => {
      const newId = await this.initiatives.insert(manager, {
        municipalityId: actor.municipalityId,
        authorId: actor.userId,
        ...content,
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

  /** Checked, normalised content of a create or update; the neighbourhood follows from the pin unless chosen. */
  async content(
    municipalityId: string,
    input: CreateInitiativeInput,
  ): Promise<Pick<InitiativeRow, 'title' | 'summary' | 'description' | 'neighbourhoodId' | 'themeId' | 'lat' | 'lng'>> {
    const neighbourhoodId = input.neighbourhoodId ?? (input.location ? await this.neighbourhoodAt(municipalityId, input.location) : null);
    await this.checkPlaceAndTheme(municipalityId, neighbourhoodId, input.themeId ?? null);
    return {
      title: input.title,
      summary: input.summary ?? '',
      description: input.description ?? '',
      neighbourhoodId,
      themeId: input.themeId ?? null,
      lat: input.location?.lat ?? null,
      lng: input.location?.lng ?? null,
    };
  }

  /**
   * One page in the requested order. The count runs only if the client asks for `totalCount`
   * or `totalCountIsExact` (InitiativeConnectionResolver), at most once per page.
   */
  async list(
    municipality: Pick<MunicipalityEntity, 'id' | 'supportWindowDays'>,
    actor: Actor | null,
    filter: InitiativeFilter | null | undefined,
    args: { first?: number | null; after?: string | null; search?: string | null; orderBy?: InitiativeOrderValue | null },
  ): Promise<InitiativeConnectionType> {
    const limit = pageSize(args.first);
    const terms = searchTerms(args.search ?? '');
    const order: InitiativeOrder =
      terms.length === 0 && (args.orderBy ?? 'relevance') === 'relevance' ? 'newest' : (args.orderBy ?? 'relevance');
    const { snapshot, position } = positionOf(order, decodeCursor(args.after));
    const viewer = viewerOf(actor);
    const listFilter: InitiativeListFilter = {
      statuses: filter?.status ?? undefined,
      neighbourhoodId: filter?.neighbourhoodId ?? undefined,
      themeId: filter?.themeId ?? undefined,
      // "mine" without a session matches nobody rather than everybody.
      authorId: filter?.mine ? (actor?.userId ?? '00000000-0000-0000-0000-000000000000') : undefined,
      box: filter?.box ?? undefined,
      tsQuery: terms.length > 0 ? toPrefixTsQuery(terms) : undefined,
    };
    const rows = await this.initiatives.list(municipality.id, viewer, listFilter, {
      order,
      limit,
      position,
      snapshot: snapshot ?? new Date(Date.now() - SNAPSHOT_SETTLE_MS),
      supportWindowDays: municipality.supportWindowDays,
    });
    const page = rows.slice(0, limit);
    const edges = page.map((row) => ({ cursor: encodeCursor({ value: row.cursorValue, id: row.id }), node: toInitiativeType(row) }));
    let counted: Promise<CappedCount> | null = null;
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      count: () => (counted ??= this.initiatives.countVisible(municipality.id, viewer, listFilter, TOTAL_COUNT_CAP)),
    };
  }

  private async neighbourhoodAt(municipalityId: string, location: LocationInput): Promise<string | null> {
    const candidates = await this.municipalities.activeNeighbourhoods(municipalityId);
    const match = candidates.find((n) => isBoundary(n.boundary) && containsPoint(n.boundary, location.lat, location.lng));
    return match?.id ?? null;
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
