import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.type.js';
import type { CommentRow } from '../comment.repository.js';

@ObjectType('Comment', { description: 'A comment on an initiative; top-level comments carry their replies (one level deep).' })
export class CommentType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'The top-level comment this replies to.' }) parentId!: string | null;
  @Field({ description: 'Written by municipal staff: shown as the municipality.' }) municipal!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field({ description: 'Removed by its author; kept as a placeholder because it has replies.' }) removed!: boolean;
  @Field({ description: 'Hidden after reports or by a facilitator; the text is shown to staff only.' }) hidden!: boolean;
  row!: CommentRow;
}

export interface CommentCounts {
  readonly threads: number;
  readonly all: number;
}

export const CommentConnection = ConnectionType(CommentType, 'Comment');

export function toCommentType(row: CommentRow): CommentType {
  return Object.assign(new CommentType(), {
    id: row.id,
    parentId: row.parentId,
    municipal: row.municipal,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    removed: row.deletedAt !== null,
    hidden: row.hiddenAt !== null,
    row,
  });
}
