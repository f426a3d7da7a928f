import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { translate } from '../../common/i18n/messages.js';
import { CurrentActor, CurrentMunicipality } from '../../common/request/current-actor.decorator.js';
import { currentLanguage } from '../../common/request/request-context.js';
import type { Actor } from '../../common/request/request-types.js';
import type { MunicipalityEntity } from '../municipality/municipality.entity.js';
import { RegisterResult, RequestPasswordResetResult, ResendVerificationEmailResult } from './dto/account-result.type.js';
import { RegisterInput } from './dto/auth.input.js';
import { toUserType } from './dto/to-user-type.js';
import { UserType } from './dto/user.type.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { RegistrationService } from './registration.service.js';

/** Registration, e-mail verification and password reset: the answers never reveal whether an address is known. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly registration: RegistrationService,
    private readonly verification: EmailVerificationService,
    private readonly reset: PasswordResetService,
  ) {}

  @Mutation(() => RegisterResult, {
    description: 'Creates an unconfirmed resident account and mails a confirmation link; the same answer for a known address. No sign-in.',
  })
  @Public()
  async register(
    @Args('input') input: RegisterInput,
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @Context() ctx: GraphqlContext,
  ): Promise<RegisterResult> {
    const language = currentLanguage();
    await this.registration.register(municipality.id, input, language, ctx);
    return { message: translate('auth.registered', language, { email: input.email.trim() }) };
  }

  @Mutation(() => UserType, { description: 'Confirms the e-mail address with the token from the mail, and signs that person in.' })
  @Public()
  async verifyEmail(
    @Args('token') token: string,
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @Context() ctx: GraphqlContext,
  ): Promise<UserType> {
    return toUserType(await this.verification.verify(municipality.id, token, ctx));
  }

  @Mutation(() => ResendVerificationEmailResult, { description: 'Mails a new confirmation link to the signed-in person.' })
  @SignedIn()
  async resendVerificationEmail(@CurrentActor() actor: Actor, @Context() ctx: GraphqlContext): Promise<ResendVerificationEmailResult> {
    const sentTo = await this.verification.resend(actor, ctx);
    return {
      message: sentTo
        ? translate('auth.verificationSent', currentLanguage(), { email: sentTo })
        : translate('auth.alreadyVerified', currentLanguage()),
    };
  }

  @Mutation(() => RequestPasswordResetResult, {
    description: 'Mails a link to choose a new password (valid 1 hour); the same answer for any address.',
  })
  @Public()
  async requestPasswordReset(
    @Args('email') email: string,
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @Context() ctx: GraphqlContext,
  ): Promise<RequestPasswordResetResult> {
    await this.reset.request(municipality.id, email, ctx);
    return { message: translate('auth.resetRequested', currentLanguage(), { email: email.trim() }) };
  }

  @Mutation(() => UserType, {
    description: 'Sets a new password with the token from the mail, ends every session and signs this browser in.',
  })
  @Public()
  async resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @Context() ctx: GraphqlContext,
  ): Promise<UserType> {
    return toUserType(await this.reset.reset(municipality.id, token, newPassword, ctx));
  }
}
