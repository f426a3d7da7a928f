import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InitiativeImage', { description: 'A picture of an initiative, re-encoded on the server without camera data.' })
export class InitiativeImageType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The picture (WebP, at most 1600 px on its longest side).' }) url!: string;
  @Field({ description: 'A small version (at most 480 px).' }) thumbnailUrl!: string;
  @Field({ description: 'What the picture shows, for people who cannot see it.' }) alt!: string;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;
  @Field(() => Int, { description: 'Order among the initiative’s pictures, from 0.' }) position!: number;
}
