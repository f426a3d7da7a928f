import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { dutchDate, isOverdue } from '#domain';
import { RequireRole } from '../../common/access/access-rule.js';
import { AppError, notFound } from '../../common/errors/app-error.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { indexBy } from '../../common/graphql/loaders.js';
import { translate } from '../../common/i18n/messages.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../common/pagination/pagination.js';
import { currentLanguage } from '../../common/request/request-context.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { PersonType } from '../auth/dto/user.type.js';
import { personLoader } from '../auth/person.loader.js';
import { UserRepository } from '../auth/user.repository.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { toInitiativeType } from '../initiative/dto/to-initiative-type.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { ResponseService } from '../response/response.service.js';
import { BulkResultType, InboxFilterInput, InboxItemConnection, InboxItemType } from './dto/inbox.type.js';
import { InboxRepository } from './inbox.repository.js';

const STAFF = ['facilitator', 'admin'] as const;

/** The facilitator inbox ("webcare"): every item awaiting a municipal reaction, most urgent first. */
@Resolver(() => InboxItemType)
export class InboxResolver {
  constructor(
    private readonly items: InboxRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly users: UserRepository,
    private readonly responses: ResponseService,
  ) {}

  @Query(() => InboxItemConnection)
  @RequireRole(...STAFF)
  async inbox(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => InboxFilterInput, nullable: true }) filter: InboxFilterInput, // may be absent
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<InboxItemType>> {
    const limit = pageSize(first);
    const now = new Date();
    const { rows, totalCount } = await this.items.page(
      actor.municipalityId,
      {
        kinds: filter?.kinds ?? undefined,
        neighbourhoodId: filter?.neighbourhoodId ?? undefined,
        assigneeId: filter?.assigneeId ?? undefined,
        unassigned: filter?.unassigned ?? undefined,
        overdueOnly: filter?.overdueOnly ?? undefined,
      },
      dutchDate(now),
      limit,
      decodeCursor(after),
    );
    const edges = rows.slice(0, limit).map((row) => ({
      cursor: encodeCursor({ value: row.sortKey, id: row.initiativeId }),
      node: Object.assign(new InboxItemType(), {
        id: `${row.kind}:${row.initiativeId}`,
        kind: row.kind,
        dueOn: row.dueOn,
        overdue: isOverdue(row.dueOn, null, now),
        initiativeId: row.initiativeId,
        assigneeId: row.assigneeId,
      }),
    }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Mutation(() => Boolean, {
    description: 'Assign an initiative’s inbox items to a colleague (or yourself); leave assigneeId out to unassign.',
  })
  @RequireRole(...STAFF)
  async assignInboxItem(
    @Args('initiativeId', { type: () => ID }, ParseIdPipe) initiativeId: string,
    @Args('assigneeId', { type: () => ID, nullable: true }) assigneeId: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    const staffId = assigneeId ? new ParseIdPipe().transform(assigneeId) : null;
    if (staffId) {
      const colleague = await this.users.findById(actor.municipalityId, staffId);
      if (!colleague || colleague.role === 'resident') {
        throw notFound();
      }
    }
    if (!(await this.initiatives.findVisible(actor.municipalityId, initiativeId, viewerOf(actor)))) {
      throw notFound();
    }
    await this.items.assign(actor.municipalityId, initiativeId, staffId, actor.userId);
    return true;
  }

  @Mutation(() => BulkResultType, { description: 'Answer several initiatives at once with a template (e.g. an acknowledgement).' })
  @RequireRole(...STAFF)
  async respondToManyWithTemplate(
    @Args('initiativeIds', { type: () => [ID] }) initiativeIds: string[],
    @Args('templateId', { type: () => ID }, ParseIdPipe) templateId: string,
    @CurrentActor() actor: Actor,
  ): Promise<BulkResultType> {
    const result: BulkResultType = { succeeded: [], failed: [] };
    for (const raw of initiativeIds.slice(0, 100)) {
      try {
        const id = new ParseIdPipe().transform(raw);
        await this.responses.respondFromTemplate(actor, id, templateId, null);
        result.succeeded.push(id);
      } catch (error) {
        const message =
          error instanceof AppError
            ? translate(error.key, currentLanguage(), error.params)
            : translate('error.internal', currentLanguage());
        result.failed.push({ initiativeId: raw, message });
      }
    }
    return result;
  }

  @ResolveField(() => InitiativeType)
  async initiative(@Parent() item: InboxItemType, @Context() ctx: GraphqlContext): Promise<InitiativeType> {
    const actor = ctx.req.actor!;
    const row = await ctx.loaders
      .for('inboxInitiative', async (ids) =>
        indexBy(await this.initiatives.findManyVisible(actor.municipalityId, ids, viewerOf(actor)), (r) => r.id),
      )
      .load(item.initiativeId);
    if (!row) {
      throw notFound();
    }
    return toInitiativeType(row);
  }

  @ResolveField(() => PersonType, { nullable: true })
  async assignee(@Parent() item: InboxItemType, @Context() ctx: GraphqlContext): Promise<PersonType | null> {
    const user = item.assigneeId ? await personLoader(ctx, this.users).load(item.assigneeId) : null;
    return user ? toPersonType(user) : null;
  }
}
