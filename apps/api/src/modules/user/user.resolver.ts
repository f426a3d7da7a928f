import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../common/access/access-rule.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { toUserType } from '../auth/dto/to-user-type.js';
import { RoleValue, UserType } from '../auth/dto/user.type.js';
import { UserRoleService } from './user-role.service.js';

@Resolver()
export class UserResolver {
  constructor(private readonly roles: UserRoleService) {}

  @Mutation(() => UserType, { description: 'Admins only: make someone a resident, facilitator or admin.' })
  @RequireRole('admin')
  async setUserRole(
    @Args('userId', { type: () => ID }, ParseIdPipe) userId: string,
    @Args('role', { type: () => RoleValue }) role: RoleValue,
    @CurrentActor() actor: Actor,
  ): Promise<UserType> {
    return toUserType(await this.roles.setRole(actor, userId, role));
  }
}
