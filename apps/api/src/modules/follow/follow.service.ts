import { Injectable } from '@nestjs/common';
import type { FollowTarget } from '#domain';
import { notFound } from '../../common/errors/app-error.js';
import type { Actor } from '../../common/request/request-types.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { MunicipalityRepository } from '../municipality/municipality.repository.js';
import { FollowRepository } from './follow.repository.js';

/** Following and unfollowing initiatives you may see, and neighbourhoods of your municipality. */
@Injectable()
export class FollowService {
  constructor(
    private readonly follows: FollowRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly municipalities: MunicipalityRepository,
  ) {}

  async set(actor: Actor, target: FollowTarget, targetId: string, following: boolean): Promise<boolean> {
    const exists =
      target === 'initiative'
        ? (await this.initiatives.findVisible(actor.municipalityId, targetId, viewerOf(actor))) !== null
        : (await this.municipalities.neighbourhoodsByIds(actor.municipalityId, [targetId])).length === 1;
    if (!exists) {
      throw notFound();
    }
    await this.follows.set(actor.municipalityId, actor.userId, target, targetId, following);
    return following;
  }
}
