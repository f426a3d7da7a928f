import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../../../common/graphql/json.scalar.js';

@ObjectType('Neighbourhood')
export class NeighbourhoodType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Official CBS wijk/buurt code' }) code!: string;
  @Field(() => JsonScalar, { nullable: true, description: 'GeoJSON Polygon or MultiPolygon' }) boundary!: unknown;
}

@ObjectType('Theme')
export class ThemeType {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() icon!: string;
}

@ObjectType('Municipality')
export class MunicipalityType {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => Int) supportThreshold!: number;
  @Field(() => Int) supportWindowDays!: number;
  @Field({ description: 'Map tiles URL template ({z}/{x}/{y}) the web app uses' }) mapTileUrl!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Address search URL template ({query}) answering like the PDOK Locatieserver; null: no address search',
  })
  geocoderUrl!: string | null;
}
