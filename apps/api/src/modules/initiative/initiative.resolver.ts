import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../../common/access/access-rule.js';
import type { GraphqlContext, NoArgs } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentActor, CurrentMunicipality, OptionalActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { PersonType } from '../auth/dto/user.type.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { UserRepository } from '../auth/user.repository.js';
import { personLoader } from '../auth/person.loader.js';
import { NeighbourhoodType, ThemeType } from '../municipality/dto/municipality.type.js';
import { toNeighbourhoodType, toThemeType } from '../municipality/dto/to-municipality-type.js';
import type { MunicipalityEntity } from '../municipality/municipality.entity.js';
import { MunicipalityRepository } from '../municipality/municipality.repository.js';
import { CreateInitiativeInput, InitiativeFilter, InitiativeOrderValue } from './dto/initiative.input.js';
import { InitiativeConnectionType } from './dto/initiative-connection.type.js';
import { SearchPipe } from '../../common/validation/search.pipe.js';
import { InitiativeEventType, InitiativeType, LocationType } from './dto/initiative.type.js';
import { renderMarkdown } from '../../common/markdown/render-markdown.js';
import { toInitiativeEventType, toInitiativeType } from './dto/to-initiative-type.js';
import { InitiativeService } from './initiative.service.js';
import { groupBy, indexBy } from '../../common/graphql/loaders.js';
import { InitiativeRepository } from './initiative.repository.js';

@Resolver(() => InitiativeType)
export class InitiativeResolver {
  constructor(
    private readonly service: InitiativeService,
    private readonly repository: InitiativeRepository,
    private readonly users: UserRepository,
    private readonly municipalities: MunicipalityRepository,
  ) {}

  @Query(() => InitiativeConnectionType, { description: 'Initiatives you may see, newest first unless `orderBy` says otherwise.' })
  @Public()
  initiatives(
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @OptionalActor() actor: Actor | null,
    @Args('filter', { type: () => InitiativeFilter, nullable: true }) filter: InitiativeFilter, // may be absent; typed plainly so the validation pipe sees the class
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('search', { type: () => String, nullable: true, description: 'Words to find (Dutch, prefix matching).' }, SearchPipe)
    search: string | null,
    @Args('orderBy', { type: () => InitiativeOrderValue, nullable: true }) orderBy: InitiativeOrderValue | null,
  ): Promise<InitiativeConnectionType> {
    return this.service.list(municipality, actor, filter, { first, after, search, orderBy });
  }

  @Query(() => InitiativeType)
  @Public()
  async initiative(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @OptionalActor() actor: Actor | null,
  ): Promise<InitiativeType> {
    return toInitiativeType(await this.service.get(municipality.id, id, actor));
  }

  @Mutation(() => InitiativeType, { description: 'Starts a new initiative as a draft that only you can see.' })
  @SignedIn()
  async createInitiative(@Args('input') input: CreateInitiativeInput, @CurrentActor() actor: Actor): Promise<InitiativeType> {
    return toInitiativeType(await this.service.create(actor, input));
  }

  // The three fields of a list card take (parent, args, ctx) undecorated: see NoArgs.
  @ResolveField(() => PersonType)
  async author(initiative: InitiativeType, _args: NoArgs, ctx: GraphqlContext): Promise<PersonType> {
    const user = await personLoader(ctx, this.users).load(initiative.authorId);
    return toPersonType(user ?? { id: initiative.authorId, displayName: '?' });
  }

  @ResolveField(() => NeighbourhoodType, { nullable: true })
  async neighbourhood(initiative: InitiativeType, _args: NoArgs, ctx: GraphqlContext): Promise<NeighbourhoodType | null> {
    if (!initiative.neighbourhoodId) {
      return null;
    }
    const municipalityId = ctx.req.municipality!.id;
    const found = await ctx.loaders
      .for('neighbourhood', async (ids) => indexBy(await this.municipalities.neighbourhoodsByIds(municipalityId, ids), (n) => n.id))
      .load(initiative.neighbourhoodId);
    return found ? toNeighbourhoodType(found) : null;
  }

  @ResolveField(() => ThemeType, { nullable: true })
  async theme(initiative: InitiativeType, _args: NoArgs, ctx: GraphqlContext): Promise<ThemeType | null> {
    if (!initiative.themeId) {
      return null;
    }
    const municipalityId = ctx.req.municipality!.id;
    const found = await ctx.loaders
      .for('theme', async (ids) => indexBy(await this.municipalities.themesByIds(municipalityId, ids), (t) => t.id))
      .load(initiative.themeId);
    return found ? toThemeType(found) : null;
  }

  @ResolveField(() => [InitiativeEventType], { description: 'Every step of this initiative, oldest first.' })
  async timeline(@Parent() initiative: InitiativeType, @Context() ctx: GraphqlContext): Promise<InitiativeEventType[]> {
    const municipalityId = ctx.req.municipality!.id;
    const events = await ctx.loaders
      .forMany('initiativeEvents', async (ids) => groupBy(await this.repository.eventsOf(municipalityId, ids), (e) => e.initiativeId))
      .load(initiative.id);
    return events.map(toInitiativeEventType);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit and submit this initiative now.' })
  viewerCanEdit(@Parent() initiative: InitiativeType, @OptionalActor() actor: Actor | null): boolean {
    return actor?.userId === initiative.authorId && (initiative.status === 'draft' || initiative.status === 'changes_requested');
  }

  @ResolveField(() => String, { description: 'The description as safe HTML (sanitised on the server).' })
  descriptionHtml(@Parent() initiative: InitiativeType): string {
    return renderMarkdown(initiative.description);
  }

  @ResolveField(() => LocationType, { nullable: true })
  location(@Parent() initiative: InitiativeType): LocationType | null {
    return initiative.lat === null || initiative.lng === null ? null : { lat: initiative.lat, lng: initiative.lng };
  }
}
