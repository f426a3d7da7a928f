import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Neighbourhood')
export class NeighbourhoodType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Official CBS wijk/buurt code' }) code!: string;
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
}
