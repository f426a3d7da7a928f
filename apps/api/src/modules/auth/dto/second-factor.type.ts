import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PASSWORD_MAX } from '#domain';
import { TextField } from '../../../common/validation/text-field.decorator.js';

@ObjectType('SecondFactorEnrolment', {
  description: 'A new TOTP secret to add to an authenticator app; on only after confirmSecondFactor.',
})
export class SecondFactorEnrolmentType {
  @Field({ description: 'The key in base32, for typing into the app by hand.' }) secret!: string;
  @Field({ description: 'The otpauth:// URI (what the QR code holds).' }) uri!: string;
  @Field({ description: 'The QR code as an SVG data URL.' }) qrCodeDataUrl!: string;
}

@ObjectType('SecondFactorRecoveryCodes')
export class SecondFactorRecoveryCodesType {
  @Field(() => [String], { description: 'Ten single-use codes for when the phone is lost. Shown only this once.' })
  recoveryCodes!: string[];
}

@ObjectType('SecondFactorStatus')
export class SecondFactorStatusType {
  @Field({ description: 'Signing in needs a code from an app as well as the password.' }) enabled!: boolean;
  @Field(() => Int) unusedRecoveryCodes!: number;
  @Field({ description: "The municipality's policy: facilitators and admins must use a second factor." }) requiredForStaff!: boolean;
  @Field({ description: 'The policy applies to me and my second factor is not on: only enrolment works until it is.' })
  mustEnrol!: boolean;
}

@InputType()
export class SecondFactorCodeInput {
  @Field({ description: 'Six digits from the app, or (where allowed) a recovery code.' }) @TextField({ max: 32 }) code!: string;
}

@InputType()
export class DisableSecondFactorInput {
  @Field() @TextField({ max: PASSWORD_MAX * 4, raw: true }) password!: string;
  @Field({ description: 'Six digits from the app, or a recovery code.' }) @TextField({ max: 32 }) code!: string;
}
