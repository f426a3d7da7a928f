import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRole, SignedIn, SignedInDuringSecondFactorEnrolment } from '../../../common/access/access-rule.js';
import type { GraphqlContext } from '../../../common/graphql/graphql-context.js';
import { CurrentActor, CurrentMunicipality, OptionalActor } from '../../../common/request/current-actor.decorator.js';
import type { Actor } from '../../../common/request/request-types.js';
import type { MunicipalityEntity } from '../../municipality/municipality.entity.js';
import {
  DisableSecondFactorInput,
  SecondFactorCodeInput,
  SecondFactorEnrolmentType,
  SecondFactorRecoveryCodesType,
  SecondFactorStatusType,
} from '../dto/second-factor.type.js';
import { toUserType } from '../dto/to-user-type.js';
import { UserType } from '../dto/user.type.js';
import { SecondFactorEnrolmentService } from './second-factor-enrolment.service.js';
import { SecondFactorLoginService } from './second-factor-login.service.js';
import { SecondFactorPolicyService } from './second-factor-policy.service.js';
import { SecondFactorRemovalService } from './second-factor-removal.service.js';

const status = (found: SecondFactorStatusType): SecondFactorStatusType => Object.assign(new SecondFactorStatusType(), found);

@Resolver()
export class SecondFactorResolver {
  constructor(
    private readonly enrolment: SecondFactorEnrolmentService,
    private readonly removal: SecondFactorRemovalService,
    private readonly policy: SecondFactorPolicyService,
    private readonly login: SecondFactorLoginService,
  ) {}

  @Query(() => SecondFactorStatusType, {
    nullable: true,
    description: 'My second factor, and whether my municipality requires one for staff; null when not signed in (like `me`).',
  })
  @Public()
  async secondFactor(@OptionalActor() actor: Actor | null): Promise<SecondFactorStatusType | null> {
    return actor ? status(await this.policy.status(actor)) : null;
  }

  @Mutation(() => SecondFactorEnrolmentType, { description: 'Starts (or restarts) setting up a TOTP second factor.' })
  @SignedInDuringSecondFactorEnrolment()
  async startSecondFactorEnrolment(
    @CurrentActor() actor: Actor,
    @CurrentMunicipality() municipality: MunicipalityEntity,
  ): Promise<SecondFactorEnrolmentType> {
    return Object.assign(new SecondFactorEnrolmentType(), await this.enrolment.start(actor, municipality.name));
  }

  @Mutation(() => SecondFactorRecoveryCodesType, {
    description: 'Turns the second factor on after a right code; answers the recovery codes once.',
  })
  @SignedInDuringSecondFactorEnrolment()
  async confirmSecondFactor(
    @Args('input') input: SecondFactorCodeInput,
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphqlContext,
  ): Promise<SecondFactorRecoveryCodesType> {
    return Object.assign(new SecondFactorRecoveryCodesType(), { recoveryCodes: await this.enrolment.confirm(actor, input.code, ctx) });
  }

  @Mutation(() => Boolean, {
    description: 'Turns the second factor off (password and a code needed); not for staff when the municipality requires it.',
  })
  @SignedIn()
  async disableSecondFactor(
    @Args('input') input: DisableSecondFactorInput,
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.removal.disable(actor, input, ctx);
    return true;
  }

  @Mutation(() => UserType, {
    description: 'The second step of logging in, after login answered LOGIN_CODE_NEEDED: a code or a recovery code.',
  })
  @Public()
  async verifyLoginCode(
    @Args('input') input: SecondFactorCodeInput,
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @Context() ctx: GraphqlContext,
  ): Promise<UserType> {
    return toUserType(await this.login.verify(municipality.id, input.code, ctx));
  }

  @Mutation(() => SecondFactorStatusType, {
    description: 'Admins: require (or stop requiring) a second factor for facilitators and admins. Audited.',
  })
  @RequireRole('admin')
  async setSecondFactorRequiredForStaff(
    @Args('required') required: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<SecondFactorStatusType> {
    return status(await this.policy.setRequiredForStaff(actor, required));
  }
}
