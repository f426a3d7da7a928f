import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { messageOf, TextField } from '../../common/validation/text-field.decorator.js';

export enum OrganisationKindValue {
  BUSINESS = 'business',
  HOUSING_CORPORATION = 'housing_corporation',
  FOUNDATION = 'foundation',
  ASSOCIATION = 'association',
}
registerEnumType(OrganisationKindValue, { name: 'OrganisationKind' });

@ObjectType('Organisation', { description: 'A partner: business, housing corporation, foundation or association.' })
export class OrganisationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrganisationKindValue) kind!: OrganisationKindValue;
  @Field(() => String, { nullable: true, description: 'Chamber of Commerce (KvK) number' }) kvkNumber!: string | null;
}

@InputType()
export class OrganisationInput {
  @Field() @TextField({ min: 2, max: 120 }) name!: string;
  @Field(() => OrganisationKindValue) @IsEnum(OrganisationKindValue, messageOf('field.invalid')) kind!: OrganisationKindValue;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9]{8}$/, messageOf('organisation.kvk'))
  kvkNumber?: string | null;
}
