import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ReportDecision } from '#domain';
import { RequireRole, SignedIn } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { groupBy, indexBy } from '../../common/graphql/loaders.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../common/pagination/pagination.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { ReasonPipe } from '../../common/validation/reason.pipe.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { PersonType } from '../auth/dto/user.type.js';
import { personLoader } from '../auth/person.loader.js';
import { UserRepository } from '../auth/user.repository.js';
import { InboxItemType } from '../inbox/dto/inbox.type.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { toInitiativeType } from '../initiative/dto/to-initiative-type.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { ReportConnection, ReportDecisionValue, ReportInput, ReportStatusValue, ReportType, toReportType } from './dto/report.type.js';
import { ReportRepository, type ReportStatus } from './report.repository.js';
import { ReportService } from './report.service.js';

const STAFF = ['facilitator', 'admin'] as const;

@Resolver(() => ReportType)
export class ReportResolver {
  constructor(
    private readonly service: ReportService,
    private readonly repository: ReportRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly users: UserRepository,
  ) {}

  @Mutation(() => ReportType, { description: 'Report an initiative, comment, progress update or person (once per item).' })
  @SignedIn()
  async report(@Args('input') input: ReportInput, @CurrentActor() actor: Actor): Promise<ReportType> {
    return toReportType(await this.service.report(actor, { ...input, targetId: input.targetId.toLowerCase(), text: input.text ?? '' }));
  }

  @Mutation(() => ReportType, {
    description: 'Uphold (hide the item, with a reason) or dismiss (an automatic hide is undone) every open report of the item.',
  })
  @RequireRole(...STAFF)
  async resolveReport(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('decision', { type: () => ReportDecisionValue }) decision: ReportDecision,
    @Args('reason', { type: () => String, nullable: true }, ReasonPipe) reason: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<ReportType> {
    return toReportType(await this.service.resolve(actor, id, decision, reason));
  }

  @Query(() => ReportConnection, { description: 'Staff: reports, newest first; open ones by default.' })
  @RequireRole(...STAFF)
  async reports(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => ReportStatusValue, nullable: true, defaultValue: ReportStatusValue.OPEN }) status: ReportStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ReportType>> {
    const limit = pageSize(first);
    const { rows, totalCount } = await this.repository.page(actor.municipalityId, status, limit, decodeCursor(after));
    const edges = rows
      .slice(0, limit)
      .map((row) => ({ cursor: encodeCursor({ value: row.cursorValue, id: row.id }), node: toReportType(row) }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @ResolveField(() => PersonType, { nullable: true, description: 'Who reported it (reports are only shown to staff).' })
  async reporter(@Parent() report: ReportType, @Context() ctx: GraphqlContext): Promise<PersonType | null> {
    const user = await personLoader(ctx, this.users).load(report.row.reporterId);
    return user ? toPersonType(user) : null;
  }

  @ResolveField(() => InitiativeType, { nullable: true, description: 'The initiative the reported item belongs to (null for a person).' })
  async initiative(@Parent() report: ReportType, @Context() ctx: GraphqlContext): Promise<InitiativeType | null> {
    if (!report.row.initiativeId) {
      return null;
    }
    const actor = ctx.req.actor ?? null;
    const row = await ctx.loaders
      .for('reportInitiative', async (ids) =>
        indexBy(await this.initiatives.findManyVisible(ctx.req.municipality!.id, ids, viewerOf(actor)), (r) => r.id),
      )
      .load(report.row.initiativeId);
    return row ? toInitiativeType(row) : null;
  }
}

/** The reports behind a REPORT item of the facilitator inbox. */
@Resolver(() => InboxItemType)
export class InboxReportsResolver {
  constructor(private readonly repository: ReportRepository) {}

  @ResolveField(() => [ReportType], {
    description: 'For a REPORT item: the open reports about the initiative and its comments and updates.',
  })
  async reports(@Parent() item: InboxItemType, @Context() ctx: GraphqlContext): Promise<ReportType[]> {
    if (item.kind !== 'report') {
      return [];
    }
    const municipalityId = ctx.req.municipality!.id;
    const rows = await ctx.loaders
      .forMany('inboxReports', async (ids) => groupBy(await this.repository.openByInitiatives(municipalityId, ids), (r) => r.initiativeId!))
      .load(item.initiativeId);
    return rows.map(toReportType);
  }
}
