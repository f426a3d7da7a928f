import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn, SignedInDuringSecondFactorEnrolment } from '../../common/access/access-rule.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { CurrentActor, CurrentMunicipality, OptionalActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import type { MunicipalityEntity } from '../municipality/municipality.entity.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordInput, LoginInput } from './dto/auth.input.js';
import { toUserType } from './dto/to-user-type.js';
import { UserType } from './dto/user.type.js';
import { UserRepository } from './user.repository.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserRepository,
  ) {}

  @Query(() => UserType, { nullable: true, description: 'The signed-in person, or null.' })
  @Public()
  async me(@OptionalActor() actor: Actor | null): Promise<UserType | null> {
    if (!actor) {
      return null;
    }
    const user = await this.users.findById(actor.municipalityId, actor.userId);
    return user ? toUserType(user) : null;
  }

  @Mutation(() => UserType)
  @Public()
  async login(
    @Args('input') input: LoginInput,
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @Context() ctx: GraphqlContext,
  ): Promise<UserType> {
    return toUserType(await this.auth.login(municipality.id, input, ctx));
  }

  @Mutation(() => UserType, { description: 'Changes the password and ends every other session.' })
  @SignedIn()
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphqlContext,
  ): Promise<UserType> {
    return toUserType(await this.auth.changePassword(actor, input, ctx));
  }

  @Mutation(() => Boolean, { description: 'Ends this session; the old cookie stops working at once.' })
  @SignedInDuringSecondFactorEnrolment()
  async logout(@CurrentActor() actor: Actor, @Context() ctx: GraphqlContext): Promise<boolean> {
    await this.auth.logout(actor.sessionId, ctx);
    return true;
  }
}
