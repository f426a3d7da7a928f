import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { groupBy } from '../../common/graphql/loaders.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../common/pagination/pagination.js';
import { InitiativeType } from '../initiative/dto/initiative.type.js';
import { CommentConnection, toCommentType, type CommentCounts, type CommentType } from './dto/comment.type.js';
import { CommentRepository } from './comment.repository.js';

/** The comment fields of an initiative, batched: two statements for any number of initiatives. */
@Resolver(() => InitiativeType)
export class InitiativeCommentsResolver {
  constructor(private readonly repository: CommentRepository) {}

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first, each with its replies.' })
  async comments(
    @Parent() initiative: InitiativeType,
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<CommentType>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const municipalityId = ctx.req.municipality!.id;
    const [rows, counts] = await Promise.all([
      ctx.loaders
        .forMany(`commentThreads:${limit}:${after ?? ''}`, async (ids) =>
          groupBy(await this.repository.threads(municipalityId, ids, limit, cursor), (r) => r.initiativeId),
        )
        .load(initiative.id),
      this.countsOf(initiative, ctx),
    ]);
    const edges = rows
      .slice(0, limit)
      .map((row) => ({ cursor: encodeCursor({ value: row.cursorValue, id: row.id }), node: toCommentType(row) }));
    return { edges, totalCount: counts.threads, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @ResolveField(() => Int, { description: 'Comments and replies, without removed ones.' })
  async commentCount(@Parent() initiative: InitiativeType, @Context() ctx: GraphqlContext): Promise<number> {
    return (await this.countsOf(initiative, ctx)).all;
  }

  private async countsOf(initiative: InitiativeType, ctx: GraphqlContext): Promise<CommentCounts> {
    const municipalityId = ctx.req.municipality!.id;
    const found = await ctx.loaders.for('commentCounts', (ids) => this.repository.counts(municipalityId, ids)).load(initiative.id);
    return found ?? { threads: 0, all: 0 };
  }
}
