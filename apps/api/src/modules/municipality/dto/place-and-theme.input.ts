import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { JsonScalar } from '../../../common/graphql/json.scalar.js';
import { messageOf, TextField } from '../../../common/validation/text-field.decorator.js';

@InputType()
export class NeighbourhoodInput {
  @Field() @TextField({ min: 2, max: 80 }) name!: string;
  @Field({ description: 'CBS wijk/buurt code, e.g. BU03630001' })
  @TextField({ min: 2, max: 20 })
  @Matches(/^[A-Z]{2}\d{4,10}$/, messageOf('field.invalid'))
  code!: string;
  @Field(() => JsonScalar, { nullable: true, description: 'GeoJSON Polygon or MultiPolygon' })
  @IsOptional()
  boundary?: unknown;
}

@InputType()
export class ThemeInput {
  @Field() @TextField({ min: 2, max: 60 }) name!: string;
  @Field() @TextField({ min: 2, max: 40 }) @Matches(/^[a-z0-9-]+$/, messageOf('field.invalid')) slug!: string;
  @Field({ defaultValue: 'star' }) @TextField({ min: 1, max: 40 }) icon!: string;
}
