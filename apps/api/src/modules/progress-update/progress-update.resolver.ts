import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaff } from '#domain';
import { SignedIn } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { groupBy } from '../../common/graphql/loaders.js';
import { renderMarkdownLite } from '../../common/markdown/render-markdown-lite.js';
import { CurrentActor, OptionalActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { PersonType } from '../auth/dto/user.type.js';
import { personLoader } from '../auth/person.loader.js';
import { UserRepository } from '../auth/user.repository.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { ProgressUpdateInput, ProgressUpdateType, toProgressUpdateType } from './dto/progress-update.type.js';
import { ProgressUpdateRepository } from './progress-update.repository.js';
import { ProgressUpdateService } from './progress-update.service.js';

@Resolver(() => ProgressUpdateType)
export class ProgressUpdateResolver {
  constructor(
    private readonly service: ProgressUpdateService,
    private readonly users: UserRepository,
  ) {}

  @Mutation(() => ProgressUpdateType, { description: 'The initiator posts news about a public initiative; followers are notified.' })
  @SignedIn()
  async postProgressUpdate(
    @Args('initiativeId', { type: () => ID }, ParseIdPipe) initiativeId: string,
    @Args('input') input: ProgressUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressUpdateType> {
    return toProgressUpdateType(await this.service.post(actor, initiativeId, input.title, input.body));
  }

  @ResolveField(() => String, { description: 'The text as safe HTML (Markdown-lite, sanitised on the server).' })
  bodyHtml(@Parent() update: ProgressUpdateType): string {
    return renderMarkdownLite(update.body);
  }

  @ResolveField(() => PersonType)
  async author(@Parent() update: ProgressUpdateType, @Context() ctx: GraphqlContext): Promise<PersonType> {
    const user = await personLoader(ctx, this.users).load(update.authorId);
    return toPersonType(user ?? { id: update.authorId, displayName: '?' });
  }
}

@Resolver(() => InitiativeType)
export class InitiativeProgressResolver {
  constructor(private readonly updates: ProgressUpdateRepository) {}

  @ResolveField(() => [ProgressUpdateType], { description: 'News from the initiator, newest first.' })
  async progressUpdates(
    @Parent() initiative: InitiativeType,
    @OptionalActor() actor: Actor | null,
    @Context() ctx: GraphqlContext,
  ): Promise<ProgressUpdateType[]> {
    const municipalityId = ctx.req.municipality!.id;
    const rows = await ctx.loaders
      .forMany('progressUpdates', async (ids) => groupBy(await this.updates.ofInitiatives(municipalityId, ids), (r) => r.initiativeId))
      .load(initiative.id);
    const staff = actor !== null && isStaff(actor.role);
    return rows.filter((row) => staff || row.hiddenAt === null).map(toProgressUpdateType);
  }
}
