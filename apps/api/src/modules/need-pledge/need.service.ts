import { Injectable } from '@nestjs/common';
import { AppError, badInput, forbidden, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { NeedRepository, type NeedRow, type NeedValues } from './need.repository.js';

const NEEDS_CLOSED = ['rejected', 'declined', 'completed', 'withdrawn', 'expired'];

/** The author (and staff) describe what an initiative needs; a need never shrinks below what is pledged. */
@Injectable()
export class NeedService {
  constructor(
    private readonly needs: NeedRepository,
    private readonly initiatives: InitiativeRepository,
  ) {}

  async add(actor: Actor, initiativeId: string, values: NeedValues): Promise<NeedRow> {
    checkShape(values);
    const initiative = await this.initiatives.findVisible(actor.municipalityId, initiativeId, viewerOf(actor));
    if (!initiative) {
      throw notFound();
    }
    if (initiative.authorId !== actor.userId && actor.role === 'resident') {
      throw forbidden();
    }
    if (NEEDS_CLOSED.includes(initiative.status)) {
      throw new AppError(ErrorCode.CONFLICT, 'need.closed');
    }
    return this.needs.insert(actor.municipalityId, initiativeId, values);
  }

  async update(actor: Actor, needId: string, values: Omit<NeedValues, 'kind'>): Promise<NeedRow> {
    await this.initiatives.transaction(async (manager) => {
      const need = await this.needs.lock(manager, actor.municipalityId, needId);
      const initiative = need ? await this.initiatives.findVisible(actor.municipalityId, need.initiativeId, viewerOf(actor)) : null;
      if (!need || !initiative) {
        throw notFound();
      }
      if (initiative.authorId !== actor.userId && actor.role === 'resident') {
        throw forbidden();
      }
      checkShape({ ...values, kind: need.kind });
      if (values.capacity < need.pledged) {
        throw badInput([{ field: 'capacity', key: 'need.belowPledged', params: { pledged: need.pledged } }]);
      }
      await this.needs.update(manager, needId, { ...values, kind: need.kind });
    });
    return (await this.needs.find(actor.municipalityId, needId))!;
  }
}

function checkShape(values: NeedValues): void {
  if (values.kind === 'shift' && (!values.startsAt || !values.endsAt || values.endsAt <= values.startsAt)) {
    throw badInput([{ field: 'endsAt', key: 'need.shiftTimes' }]);
  }
}
