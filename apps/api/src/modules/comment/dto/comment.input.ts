import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { COMMENT_LIMITS } from '#domain';
import { messageOf, TextField } from '../../../common/validation/text-field.decorator.js';

@InputType()
export class AddCommentInput {
  @Field({ description: `Markdown-lite, at most ${COMMENT_LIMITS.bodyMax} characters.` })
  @TextField({ max: COMMENT_LIMITS.bodyMax })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The comment this replies to (a reply to a reply joins the same thread).' })
  @IsOptional()
  @IsUUID('all', messageOf('field.invalid'))
  parentId?: string | null;
}

@InputType()
export class EditCommentInput {
  @Field()
  @TextField({ max: COMMENT_LIMITS.bodyMax })
  body!: string;
}
