import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../common/access/access-rule.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { toUserType } from '../auth/dto/to-user-type.js';
import { RoleValue, UserType } from '../auth/dto/user.type.js';
import { UserAdministrationService } from './user-administration.service.js';

@Resolver()
export class UserResolver {
  constructor(private readonly administration: UserAdministrationService) {}

  @Mutation(() => UserType, { description: 'Admins only: make someone a resident, facilitator or admin.' })
  @RequireRole('admin')
  async setUserRole(
    @Args('userId', { type: () => ID }, ParseIdPipe) userId: string,
    @Args('role', { type: () => RoleValue }) role: RoleValue,
    @CurrentActor() actor: Actor,
  ): Promise<UserType> {
    return toUserType(await this.administration.setRole(actor, userId, role));
  }

  @Mutation(() => UserType, { description: 'Admins only: disable an account. Every session of that person ends at once; audited.' })
  @RequireRole('admin')
  async disableUser(@Args('userId', { type: () => ID }, ParseIdPipe) userId: string, @CurrentActor() actor: Actor): Promise<UserType> {
    return toUserType(await this.administration.setDisabled(actor, userId, true));
  }

  @Mutation(() => UserType, { description: 'Admins only: enable a disabled account again (the person signs in anew); audited.' })
  @RequireRole('admin')
  async enableUser(@Args('userId', { type: () => ID }, ParseIdPipe) userId: string, @CurrentActor() actor: Actor): Promise<UserType> {
    return toUserType(await this.administration.setDisabled(actor, userId, false));
  }
}
