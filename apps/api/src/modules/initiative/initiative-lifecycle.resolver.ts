import { Args, ID, Mutation, registerEnumType, Resolver } from '@nestjs/graphql';
import type { InitiativeStatus } from '#domain';
import { RequireRole, SignedIn } from '../../common/access/access-rule.js';
import { badInput } from '../../common/errors/app-error.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { ReasonPipe } from '../../common/validation/reason.pipe.js';
import { UpdateInitiativeInput } from './dto/initiative.input.js';
import { InitiativeStatusValue, InitiativeType } from './dto/initiative.type.js';
import { toInitiativeType } from './dto/to-initiative-type.js';
import { InitiativeEditingService } from './initiative-editing.service.js';
import { InitiativeLifecycleService } from './initiative-lifecycle.service.js';
import { InitiativeModerationService } from './initiative-moderation.service.js';

export enum ModerationDecisionValue {
  APPROVE = 'approve',
  REQUEST_CHANGES = 'request_changes',
  REJECT = 'reject',
}
registerEnumType(ModerationDecisionValue, { name: 'ModerationDecision' });

const idArg = (): ParameterDecorator => Args('id', { type: () => ID }, ParseIdPipe);
const reasonArg = (required: boolean): ParameterDecorator =>
  Args('reason', { type: () => String, nullable: !required, description: 'Shown to the initiator and on the timeline.' }, ReasonPipe);

/** Every step of an initiative's life after creation: editing, submitting, moderating, deciding, hiding. */
@Resolver(() => InitiativeType)
export class InitiativeLifecycleResolver {
  constructor(
    private readonly lifecycle: InitiativeLifecycleService,
    private readonly editing: InitiativeEditingService,
    private readonly moderation: InitiativeModerationService,
  ) {}

  @Mutation(() => InitiativeType, { description: 'Author: change the initiative while it is a draft or changes were asked for.' })
  @SignedIn()
  async updateInitiative(
    @idArg() id: string,
    @Args('input') input: UpdateInitiativeInput,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeType> {
    return toInitiativeType(await this.editing.update(actor, id, input));
  }

  @Mutation(() => InitiativeType, { description: 'Sends your draft to the municipality for a check before it is published.' })
  @SignedIn()
  async submitInitiative(@idArg() id: string, @CurrentActor() actor: Actor): Promise<InitiativeType> {
    return toInitiativeType(await this.lifecycle.transition(actor, id, 'submitted', null));
  }

  @Mutation(() => InitiativeType, { description: 'Author: stop the initiative, with a reason everyone can read.' })
  @SignedIn()
  async withdrawInitiative(
    @idArg() id: string,
    @reasonArg(true) reason: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeType> {
    return toInitiativeType(await this.lifecycle.transition(actor, id, 'withdrawn', reason));
  }

  @Mutation(() => InitiativeType, { description: 'Facilitators: approve, ask for changes or reject a submitted initiative.' })
  @RequireRole('facilitator', 'admin')
  async moderateInitiative(
    @idArg() id: string,
    @Args('decision', { type: () => ModerationDecisionValue }) decision: ModerationDecisionValue,
    @reasonArg(false) reason: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeType> {
    return toInitiativeType(await this.moderation.moderate(actor, id, decision, reason));
  }

  @Mutation(() => InitiativeType, { description: 'Move an initiative to another status, as the lifecycle allows for your role.' })
  @SignedIn()
  async changeInitiativeStatus(
    @idArg() id: string,
    @Args('status', { type: () => InitiativeStatusValue }) status: InitiativeStatus,
    @reasonArg(false) reason: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeType> {
    return toInitiativeType(await this.lifecycle.transition(actor, id, status, reason));
  }

  @Mutation(() => InitiativeType, { description: 'Facilitators: hide an initiative from the public, with a reason for the author.' })
  @RequireRole('facilitator', 'admin')
  async hideInitiative(@idArg() id: string, @reasonArg(true) reason: string | null, @CurrentActor() actor: Actor): Promise<InitiativeType> {
    if (reason === null) {
      throw badInput([{ field: 'reason', key: 'lifecycle.reasonRequired' }]);
    }
    return toInitiativeType(await this.moderation.setHidden(actor, id, reason));
  }

  @Mutation(() => InitiativeType, { description: 'Facilitators: show a hidden initiative again.' })
  @RequireRole('facilitator', 'admin')
  async unhideInitiative(@idArg() id: string, @CurrentActor() actor: Actor): Promise<InitiativeType> {
    return toInitiativeType(await this.moderation.setHidden(actor, id, null));
  }
}
