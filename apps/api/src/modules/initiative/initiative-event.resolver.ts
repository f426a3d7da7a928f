import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { toPersonType } from '../auth/dto/to-user-type.js';
import { PersonType } from '../auth/dto/user.type.js';
import { UserRepository } from '../auth/user.repository.js';
import { personLoader } from '../auth/person.loader.js';
import { InitiativeEventType } from './dto/initiative.type.js';

@Resolver(() => InitiativeEventType)
export class InitiativeEventResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => PersonType, { nullable: true, description: 'Who took the step; null when the system did.' })
  async actor(@Parent() event: InitiativeEventType, @Context() ctx: GraphqlContext): Promise<PersonType | null> {
    if (!event.actorId) {
      return null;
    }
    const user = await personLoader(ctx, this.users).load(event.actorId);
    return user ? toPersonType(user) : null;
  }
}
