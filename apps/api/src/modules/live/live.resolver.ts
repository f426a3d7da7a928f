import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { canSeeInitiative } from '#domain';
import { Public } from '../../common/access/access-rule.js';
import { notFound } from '../../common/errors/app-error.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import { CurrentMunicipality, OptionalActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import type { MunicipalityEntity } from '../municipality/municipality.entity.js';
import { InitiativeChangeType, toInitiativeChangeType } from './dto/initiative-change.type.js';
import { initiativeChannel, type InitiativeChangedEvent } from './live-events.js';
import { LivePublisher } from './live-pubsub.js';

/** Every event is checked against the subscriber with the one visibility rule, at delivery. */
function visibleToSubscriber(event: InitiativeChangedEvent, _variables: unknown, ctx: GraphqlContext): boolean {
  return event.municipalityId === ctx.req.municipality?.id && canSeeInitiative(event.facts, viewerOf(ctx.req.actor ?? null));
}

@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: LivePublisher,
    private readonly initiatives: InitiativeRepository,
  ) {}

  @Subscription(() => InitiativeChangeType, {
    description: 'Support count, status, a new response, comment or progress update of one initiative, as they happen.',
    filter: visibleToSubscriber,
    resolve: toInitiativeChangeType,
  })
  @Public()
  async initiativeChanged(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @CurrentMunicipality() municipality: MunicipalityEntity,
    @OptionalActor() actor: Actor | null,
  ): Promise<AsyncIterableIterator<InitiativeChangedEvent>> {
    if (!(await this.initiatives.findVisible(municipality.id, id, viewerOf(actor)))) {
      throw notFound();
    }
    return this.live.listen<InitiativeChangedEvent>(initiativeChannel(id));
  }
}
