import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { canDeleteComment, canEditComment, isStaff } from '#domain';
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
import { AddCommentInput, EditCommentInput } from './dto/comment.input.js';
import { CommentType, toCommentType } from './dto/comment.type.js';
import { CommentRepository } from './comment.repository.js';
import { CommentService } from './comment.service.js';

/** Whether the viewer may read the text: not removed, and not hidden unless staff. */
function readable(comment: CommentType, actor: Actor | null): boolean {
  return !comment.removed && (!comment.hidden || (actor !== null && isStaff(actor.role)));
}

@Resolver(() => CommentType)
export class CommentResolver {
  constructor(
    private readonly service: CommentService,
    private readonly comments: CommentRepository,
    private readonly users: UserRepository,
  ) {}

  @Mutation(() => CommentType, { description: 'Comment on a public initiative, or reply to a comment (one level deep).' })
  @SignedIn()
  async addComment(
    @Args('initiativeId', { type: () => ID }, ParseIdPipe) initiativeId: string,
    @Args('input') input: AddCommentInput,
    @CurrentActor() actor: Actor,
  ): Promise<CommentType> {
    return toCommentType(await this.service.add(actor, initiativeId, input.body, input.parentId?.toLowerCase() ?? null));
  }

  @Mutation(() => CommentType, { description: 'Change your own comment within 15 minutes of posting it.' })
  @SignedIn()
  async editComment(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: EditCommentInput,
    @CurrentActor() actor: Actor,
  ): Promise<CommentType> {
    return toCommentType(await this.service.edit(actor, id, input.body));
  }

  @Mutation(() => CommentType, {
    nullable: true,
    description: 'Remove your own comment. One with replies stays as a placeholder (returned); otherwise null.',
  })
  @SignedIn()
  async deleteComment(@Args('id', { type: () => ID }, ParseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<CommentType | null> {
    const kept = await this.service.remove(actor, id);
    return kept ? toCommentType(kept) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown source; null when removed, or hidden (except for staff).' })
  body(@Parent() comment: CommentType, @OptionalActor() actor: Actor | null): string | null {
    return readable(comment, actor) ? comment.row.body : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The text as safe HTML (Markdown-lite, sanitised on the server).' })
  bodyHtml(@Parent() comment: CommentType, @OptionalActor() actor: Actor | null): string | null {
    return readable(comment, actor) ? renderMarkdownLite(comment.row.body) : null;
  }

  @ResolveField(() => PersonType, { nullable: true, description: 'Null for a removed comment.' })
  async author(@Parent() comment: CommentType, @Context() ctx: GraphqlContext): Promise<PersonType | null> {
    if (comment.removed) {
      return null;
    }
    const user = await personLoader(ctx, this.users).load(comment.row.authorId);
    return toPersonType(user ?? { id: comment.row.authorId, displayName: '?' });
  }

  @ResolveField(() => [CommentType], { description: 'Replies, oldest first (always empty on a reply).' })
  async replies(@Parent() comment: CommentType, @Context() ctx: GraphqlContext): Promise<CommentType[]> {
    if (comment.parentId) {
      return [];
    }
    const municipalityId = ctx.req.municipality!.id;
    const rows = await ctx.loaders
      .forMany('commentReplies', async (ids) => groupBy(await this.comments.repliesOf(municipalityId, ids), (r) => r.parentId!))
      .load(comment.id);
    return rows.map(toCommentType);
  }

  @ResolveField(() => Int)
  async replyCount(@Parent() comment: CommentType, @Context() ctx: GraphqlContext): Promise<number> {
    return (await this.replies(comment, ctx)).filter((r) => !r.removed).length;
  }

  @ResolveField(() => Boolean, { description: 'You wrote it and the 15 minutes for changes have not passed.' })
  viewerCanEdit(@Parent() comment: CommentType, @OptionalActor() actor: Actor | null): boolean {
    return canEditComment(
      { authorId: comment.row.authorId, createdAt: comment.createdAt, deleted: comment.removed },
      actor?.userId ?? null,
      new Date(),
    );
  }

  @ResolveField(() => Boolean)
  viewerCanDelete(@Parent() comment: CommentType, @OptionalActor() actor: Actor | null): boolean {
    return canDeleteComment(
      { authorId: comment.row.authorId, createdAt: comment.createdAt, deleted: comment.removed },
      actor?.userId ?? null,
    );
  }
}
