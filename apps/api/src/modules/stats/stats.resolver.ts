import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { dutchDate } from '#domain';
import { Public } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { indexBy } from '../../common/graphql/loaders.js';
import { CurrentMunicipality } from '../../common/request/current-actor.decorator.js';
import { NeighbourhoodType, ThemeType } from '../municipality/dto/municipality.type.js';
import { toNeighbourhoodType, toThemeType } from '../municipality/dto/to-municipality-type.js';
import type { MunicipalityEntity } from '../municipality/municipality.entity.js';
import { MunicipalityRepository } from '../municipality/municipality.repository.js';
import { StatsRepository } from './stats.repository.js';
import { ImpactFiguresType, ResponseFiguresType, StatsPeriodInput, StatsType } from './stats.type.js';

const YEAR_MS = 365 * 86_400_000;

/** Public transparency figures. */
@Resolver(() => ResponseFiguresType)
export class StatsResolver {
  constructor(
    private readonly figures: StatsRepository,
    private readonly municipalities: MunicipalityRepository,
  ) {}

  @Query(() => StatsType, { description: 'Response times and on-time shares, for everyone to see.' })
  @Public()
  async stats(
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @Args('period', { type: () => StatsPeriodInput, nullable: true }) period: StatsPeriodInput, // may be absent
  ): Promise<StatsType> {
    const to = period?.to ?? new Date();
    const from = period?.from ?? new Date(to.getTime() - YEAR_MS);
    const [rows, impact] = await Promise.all([
      this.figures.responseFigures(municipality.id, from, to, dutchDate(new Date())),
      this.figures.impactFigures(municipality.id, from, to),
    ]);
    return {
      from,
      to,
      responseTimes: rows.map((row) => Object.assign(new ResponseFiguresType(), row)),
      impact: impact.map((row) => Object.assign(new ImpactFiguresType(), row)),
    };
  }

  @ResolveField(() => NeighbourhoodType, { nullable: true })
  async neighbourhood(@Parent() figures: ResponseFiguresType, @Context() ctx: GraphqlContext): Promise<NeighbourhoodType | null> {
    if (!figures.neighbourhoodId) {
      return null;
    }
    const municipalityId = ctx.req.municipality!.id;
    const found = await ctx.loaders
      .for('neighbourhood', async (ids) => indexBy(await this.municipalities.neighbourhoodsByIds(municipalityId, ids), (n) => n.id))
      .load(figures.neighbourhoodId);
    return found ? toNeighbourhoodType(found) : null;
  }
}

/** Names the neighbourhood or theme of an impact row (batched). */
@Resolver(() => ImpactFiguresType)
export class ImpactFiguresResolver {
  constructor(private readonly municipalities: MunicipalityRepository) {}

  @ResolveField(() => NeighbourhoodType, { nullable: true })
  async neighbourhood(@Parent() row: ImpactFiguresType, @Context() ctx: GraphqlContext): Promise<NeighbourhoodType | null> {
    if (row.groupBy !== 'neighbourhood' || !row.groupId) {
      return null;
    }
    const municipalityId = ctx.req.municipality!.id;
    const found = await ctx.loaders
      .for('neighbourhood', async (ids) => indexBy(await this.municipalities.neighbourhoodsByIds(municipalityId, ids), (n) => n.id))
      .load(row.groupId);
    return found ? toNeighbourhoodType(found) : null;
  }

  @ResolveField(() => ThemeType, { nullable: true })
  async theme(@Parent() row: ImpactFiguresType, @Context() ctx: GraphqlContext): Promise<ThemeType | null> {
    if (row.groupBy !== 'theme' || !row.groupId) {
      return null;
    }
    const municipalityId = ctx.req.municipality!.id;
    const found = await ctx.loaders
      .for('theme', async (ids) => indexBy(await this.municipalities.themesByIds(municipalityId, ids), (t) => t.id))
      .load(row.groupId);
    return found ? toThemeType(found) : null;
  }
}
