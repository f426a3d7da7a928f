import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PROGRESS_UPDATE_LIMITS } from '#domain';
import { TextField } from '../../../common/validation/text-field.decorator.js';
import type { ProgressUpdateRow } from '../progress-update.repository.js';

@InputType()
export class ProgressUpdateInput {
  @Field()
  @TextField({ min: PROGRESS_UPDATE_LIMITS.titleMin, max: PROGRESS_UPDATE_LIMITS.titleMax })
  title!: string;

  @Field({ description: 'Markdown-lite.' })
  @TextField({ max: PROGRESS_UPDATE_LIMITS.bodyMax })
  body!: string;
}

@ObjectType('ProgressUpdate', { description: 'News from the initiator, on the timeline and sent to followers.' })
export class ProgressUpdateType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Markdown source.' }) body!: string;
  @Field() createdAt!: Date;
  @Field({ description: 'Hidden after reports or by a facilitator (only staff see hidden updates).' }) hidden!: boolean;
  authorId!: string;
}

export function toProgressUpdateType(row: ProgressUpdateRow): ProgressUpdateType {
  return Object.assign(new ProgressUpdateType(), {
    id: row.id,
    title: row.title,
    body: row.body,
    createdAt: row.createdAt,
    hidden: row.hiddenAt !== null,
    authorId: row.authorId,
  });
}
