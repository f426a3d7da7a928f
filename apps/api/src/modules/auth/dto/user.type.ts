import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RoleValue {
  RESIDENT = 'resident',
  FACILITATOR = 'facilitator',
  ADMIN = 'admin',
}
registerEnumType(RoleValue, { name: 'Role' });

export enum LanguageValue {
  NL = 'nl',
  EN = 'en',
}
registerEnumType(LanguageValue, { name: 'Language' });

/** The signed-in person's own account (or, for staff, someone in their municipality). */
@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => RoleValue) role!: RoleValue;
  @Field(() => LanguageValue) language!: LanguageValue;
  @Field(() => Date, {
    nullable: true,
    description: 'When the e-mail address was confirmed; null until then (support and pledges need it).',
  })
  emailVerifiedAt!: Date | null;
}

/** What anyone may see of a person: their chosen display name. */
@ObjectType('Person')
export class PersonType {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}
