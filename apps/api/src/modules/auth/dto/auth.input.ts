import { Field, InputType } from '@nestjs/graphql';
import { PASSWORD_MAX } from '#domain';
import { TextField } from '../../../common/validation/text-field.decorator.js';

@InputType()
export class RegisterInput {
  @Field() @TextField({ max: 254, email: true }) email!: string;
  /** Any characters, kept as typed (no trimming); the policy checks the length. */
  @Field() @TextField({ max: PASSWORD_MAX * 4, raw: true }) password!: string;
  @Field() @TextField({ min: 2, max: 80 }) displayName!: string;
}

@InputType()
export class LoginInput {
  @Field() @TextField({ max: 254 }) email!: string;
  @Field() @TextField({ max: PASSWORD_MAX * 4, raw: true }) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @TextField({ max: PASSWORD_MAX * 4, raw: true }) currentPassword!: string;
  @Field() @TextField({ max: PASSWORD_MAX * 4, raw: true }) newPassword!: string;
}
