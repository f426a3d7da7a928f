import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PROGRESS_UPDATE_LIMITS } from '#domain';
import { TextField } from '../../../common/validation/text-field.decorator.js';
import { mediaUrl } from '../../image/dto/to-initiative-image-type.js';
import type { ProgressUpdatePhoto, ProgressUpdateRow } from '../progress-update.repository.js';

@InputType()
export class ProgressUpdateInput {
  @Field()
  @TextField({ min: PROGRESS_UPDATE_LIMITS.titleMin, max: PROGRESS_UPDATE_LIMITS.titleMax })
  title!: string;

  @Field({ description: 'Markdown-lite.' })
  @TextField({ max: PROGRESS_UPDATE_LIMITS.bodyMax })
  body!: string;
}

@ObjectType('ProgressUpdatePhoto', { description: 'The photo of a progress update, re-encoded on the server without camera data.' })
export class ProgressUpdatePhotoType {
  @Field({ description: 'The photo (WebP, at most 1600 px on its longest side).' }) url!: string;
  @Field({ description: 'A small version (at most 480 px).' }) thumbnailUrl!: string;
  @Field({ description: 'What the photo shows, for people who cannot see it.' }) alt!: string;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;
}

export function toProgressUpdatePhotoType(photo: ProgressUpdatePhoto): ProgressUpdatePhotoType {
  return {
    url: mediaUrl(photo.storageKey),
    thumbnailUrl: mediaUrl(photo.thumbKey),
    alt: photo.alt,
    width: photo.width,
    height: photo.height,
  };
}

@ObjectType('ProgressUpdate', { description: 'News from the initiator, on the timeline and sent to followers.' })
export class ProgressUpdateType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Markdown source.' }) body!: string;
  @Field() createdAt!: Date;
  @Field({ description: 'Hidden after reports or by a facilitator (only staff see hidden updates).' }) hidden!: boolean;
  @Field(() => ProgressUpdatePhotoType, { nullable: true, description: 'An optional photo, served with the initiative’s visibility.' })
  photo!: ProgressUpdatePhotoType | null;
  authorId!: string;
}

export function toProgressUpdateType(row: ProgressUpdateRow): ProgressUpdateType {
  return Object.assign(new ProgressUpdateType(), {
    id: row.id,
    title: row.title,
    body: row.body,
    createdAt: row.createdAt,
    hidden: row.hiddenAt !== null,
    photo: row.photo ? toProgressUpdatePhotoType(row.photo) : null,
    authorId: row.authorId,
  });
}
