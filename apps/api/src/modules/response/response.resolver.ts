import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../common/access/access-rule.js';
import { conflict } from '../../common/errors/app-error.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { groupBy } from '../../common/graphql/loaders.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { PersonType } from '../auth/dto/user.type.js';
import { personLoader } from '../auth/person.loader.js';
import { UserRepository } from '../auth/user.repository.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { toInitiativeType } from '../initiative/dto/to-initiative-type.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { RespondInput, ResponseTemplateInput, ResponseTemplateType, ResponseType, UseTemplateInput } from './dto/response.type.js';
import { ResponseRepository, type ResponseRow } from './response.repository.js';
import { ResponseService } from './response.service.js';

const STAFF = ['facilitator', 'admin'] as const;

@Resolver(() => ResponseType)
export class ResponseResolver {
  constructor(
    private readonly service: ResponseService,
    private readonly responses: ResponseRepository,
    private readonly initiatives: InitiativeService,
    private readonly users: UserRepository,
  ) {}

  @Mutation(() => InitiativeType, { description: 'Facilitators: post an official response (a DECISION also adopts or declines).' })
  @RequireRole(...STAFF)
  async respondToInitiative(
    @Args('initiativeId', { type: () => ID }, ParseIdPipe) initiativeId: string,
    @Args('input') input: RespondInput,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeType> {
    await this.service.respond(actor, initiativeId, input);
    return toInitiativeType(await this.initiatives.get(actor.municipalityId, initiativeId, actor));
  }

  @Mutation(() => InitiativeType, { description: 'Facilitators: respond with a template, filled in for this initiative.' })
  @RequireRole(...STAFF)
  async respondWithTemplate(
    @Args('initiativeId', { type: () => ID }, ParseIdPipe) initiativeId: string,
    @Args('input') input: UseTemplateInput,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeType> {
    await this.service.respondFromTemplate(actor, initiativeId, input.templateId, input.decision ?? null);
    return toInitiativeType(await this.initiatives.get(actor.municipalityId, initiativeId, actor));
  }

  @Query(() => [ResponseTemplateType], { description: 'Facilitators: the response templates of this municipality.' })
  @RequireRole(...STAFF)
  responseTemplates(@CurrentActor() actor: Actor): Promise<ResponseTemplateType[]> {
    return this.responses.templates(actor.municipalityId);
  }

  @Mutation(() => ResponseTemplateType, { description: 'Facilitators: add a template, or change one (with id).' })
  @RequireRole(...STAFF)
  async saveResponseTemplate(
    @Args('id', { type: () => ID, nullable: true }) id: string | undefined,
    @Args('input') input: ResponseTemplateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ResponseTemplateType> {
    const saved = await this.responses.saveTemplate(actor.municipalityId, id ? new ParseIdPipe().transform(id) : null, input);
    if (!saved) {
      throw conflict('response.templateNameTaken');
    }
    return saved;
  }

  @ResolveField(() => PersonType, { description: 'The facilitator who wrote it.' })
  async author(@Parent() response: ResponseType, @Context() ctx: GraphqlContext): Promise<PersonType> {
    const user = await personLoader(ctx, this.users).load(response.authorId);
    return toPersonType(user ?? { id: response.authorId, displayName: '?' });
  }
}

/** The responses on an initiative page (batched per request). */
@Resolver(() => InitiativeType)
export class InitiativeResponsesResolver {
  constructor(private readonly repository: ResponseRepository) {}

  @ResolveField(() => [ResponseType], { description: 'Official responses of the municipality, oldest first.' })
  async responses(@Parent() initiative: InitiativeType, @Context() ctx: GraphqlContext): Promise<ResponseType[]> {
    const municipalityId = ctx.req.municipality!.id;
    const rows = await ctx.loaders
      .forMany<ResponseRow>('responses', async (ids) =>
        groupBy(await this.repository.ofInitiatives(municipalityId, ids), (r) => r.initiativeId),
      )
      .load(initiative.id);
    return rows.map((row) => Object.assign(new ResponseType(), row));
  }
}
