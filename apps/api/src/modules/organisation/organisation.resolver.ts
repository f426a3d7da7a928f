import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../../common/access/access-rule.js';
import { AppError, conflict, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { TextField } from '../../common/validation/text-field.decorator.js';
import { OrganisationRepository } from './organisation.repository.js';
import { OrganisationInput, OrganisationType } from './organisation.type.js';

@InputType()
class MemberInput {
  @Field() @TextField({ max: 254, email: true }) email!: string;
}

/** Partner organisations: accounts that pledge for a business, corporation, foundation or association. */
@Resolver(() => OrganisationType)
export class OrganisationResolver {
  constructor(private readonly organisations: OrganisationRepository) {}

  @Mutation(() => OrganisationType, { description: 'Register a partner organisation; you become its first member.' })
  @SignedIn()
  async createOrganisation(@Args('input') input: OrganisationInput, @CurrentActor() actor: Actor): Promise<OrganisationType> {
    const created = await this.organisations.create(actor.municipalityId, actor.userId, {
      name: input.name,
      kind: input.kind,
      kvkNumber: input.kvkNumber ?? null,
    });
    if (!created) {
      throw conflict('organisation.nameTaken');
    }
    return created;
  }

  @Mutation(() => Boolean, { description: 'Members: let a colleague (with an account here) act for the organisation.' })
  @SignedIn()
  async addOrganisationMember(
    @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string,
    @Args('input') input: MemberInput,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    if (!(await this.organisations.isMember(actor.municipalityId, organisationId, actor.userId))) {
      throw notFound();
    }
    if (!(await this.organisations.addMember(actor.municipalityId, organisationId, input.email))) {
      throw new AppError(ErrorCode.NOT_FOUND, 'organisation.noSuchPerson');
    }
    return true;
  }

  @Query(() => [OrganisationType], { description: 'Organisations you act for.' })
  @SignedIn()
  myOrganisations(@CurrentActor() actor: Actor): Promise<OrganisationType[]> {
    return this.organisations.ofUser(actor.municipalityId, actor.userId);
  }
}
