import { Injectable } from '@nestjs/common';
import { canSeeInitiative, shiftsOverlap, type PledgeStatus } from '#domain';
import { AppError, forbidden, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { translate } from '../../common/i18n/messages.js';
import { currentLanguage } from '../../common/request/request-context.js';
import type { Actor } from '../../common/request/request-types.js';
import { InitiativeRepository, visibleFacts, type InitiativeRow } from '../initiative/initiative.repository.js';
import { viewerOf } from '../initiative/initiative.service.js';
import { requireVerifiedEmail } from '../auth/require-verified-email.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { MatchingService } from './matching.service.js';
import { NeedRepository, type NeedRow } from './need.repository.js';
import { PledgeRepository, type PledgeRow } from './pledge.repository.js';

const PLEDGING_OPEN = ['published', 'under_review', 'adopted', 'in_progress'];

type Manager = Parameters<Parameters<InitiativeRepository['transaction']>[0]>[0];

/**
 * Pledges: pledged → confirmed (initiator) → fulfilled (initiator records delivery) or
 * cancelled (pledger, before the shift) or no_show (initiator). Capacity is taken and given
 * back in the same transaction as the pledge's change, so a need is never over-pledged.
 */
@Injectable()
export class PledgeService {
  constructor(
    private readonly needs: NeedRepository,
    private readonly pledges: PledgeRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly matching: MatchingService,
    private readonly organisations: OrganisationRepository,
  ) {}

  async pledge(
    actor: Actor,
    needId: string,
    amount: number,
    note: string | null,
    organisationId: string | null = null,
  ): Promise<PledgeRow> {
    requireVerifiedEmail(actor);
    // Reads that need no lock happen before the transaction: a transaction uses one pool
    // connection only, so waiting for the need's lock never needs a second connection.
    const found = await this.needs.find(actor.municipalityId, needId);
    const initiative = found ? await this.initiatives.findVisible(actor.municipalityId, found.initiativeId, viewerOf(actor)) : null;
    if (!found || !initiative) {
      throw notFound();
    }
    if (!PLEDGING_OPEN.includes(initiative.status) || initiative.hiddenAt) {
      throw new AppError(ErrorCode.CONFLICT, 'pledge.closed');
    }
    if (organisationId && !(await this.organisations.isMember(actor.municipalityId, organisationId, actor.userId))) {
      throw forbidden();
    }
    const id = await this.initiatives.transaction(async (manager) => {
      // The need's row lock queues every change to its capacity (pledges, cancellations, no-shows).
      const need = (await this.needs.lock(manager, actor.municipalityId, needId))!;
      if (need.kind === 'shift') {
        if (need.startsAt && need.startsAt.getTime() < Date.now()) {
          throw new AppError(ErrorCode.CONFLICT, 'pledge.shiftStarted');
        }
        // One person's pledges are checked one at a time, so two overlapping pledges cannot both pass.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`pledge:${actor.userId}`]);
        const mine = await this.pledges.activeShiftsOf(manager, actor.userId);
        if (mine.some((shift) => shiftsOverlap(shift, { startsAt: need.startsAt!, endsAt: need.endsAt! }))) {
          throw new AppError(ErrorCode.CONFLICT, 'pledge.overlappingShift');
        }
      }
      const created = await this.pledges.insert(manager, {
        municipalityId: actor.municipalityId,
        needId,
        userId: actor.userId,
        amount,
        note,
        organisationId,
      });
      if (!created) {
        throw new AppError(ErrorCode.CONFLICT, 'pledge.already');
      }
      if ((await this.needs.take(manager, needId, amount)) === null) {
        throw new AppError(ErrorCode.CONFLICT, 'pledge.full', { open: Math.max(0, need.capacity - need.pledged) });
      }
      return created;
    });
    return (await this.pledges.find(actor.municipalityId, id))!;
  }

  cancel(actor: Actor, pledgeId: string): Promise<PledgeRow> {
    return this.change(actor, pledgeId, 'pledger', async (manager, pledge, need) => {
      if (pledge.status !== 'pledged' && pledge.status !== 'confirmed') {
        throw notAllowed(pledge.status);
      }
      if (need.kind === 'shift' && need.startsAt && need.startsAt.getTime() <= Date.now()) {
        throw new AppError(ErrorCode.CONFLICT, 'pledge.shiftStarted');
      }
      await this.pledges.setStatus(manager, pledge.id, 'cancelled');
      await this.needs.release(manager, need.id, pledge.amount);
    });
  }

  confirm(actor: Actor, pledgeId: string): Promise<PledgeRow> {
    return this.change(actor, pledgeId, 'initiator', async (manager, pledge, need) => {
      if (pledge.status !== 'pledged') {
        throw notAllowed(pledge.status);
      }
      await this.pledges.setStatus(manager, pledge.id, 'confirmed');
      if (need.kind === 'money') {
        await this.matching.book(manager, pledge.id, { kind: 'money', cents: pledge.amount });
      }
    });
  }

  fulfil(actor: Actor, pledgeId: string, hours: number | null): Promise<PledgeRow> {
    return this.change(actor, pledgeId, 'initiator', async (manager, pledge, need) => {
      if (pledge.status !== 'confirmed') {
        throw notAllowed(pledge.status);
      }
      const volunteer = need.kind === 'shift' || need.kind === 'task';
      if (volunteer && (hours === null || hours <= 0)) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'error.badInput', {}, [{ field: 'hours', key: 'pledge.hoursRequired' }]);
      }
      await this.pledges.setStatus(manager, pledge.id, 'fulfilled', volunteer ? hours : null);
      if (volunteer) {
        await this.matching.book(manager, pledge.id, { kind: 'hours', hours: hours! });
      }
    });
  }

  markNoShow(actor: Actor, pledgeId: string): Promise<PledgeRow> {
    return this.change(actor, pledgeId, 'initiator', async (manager, pledge, need) => {
      if (pledge.status !== 'pledged' && pledge.status !== 'confirmed') {
        throw notAllowed(pledge.status);
      }
      await this.pledges.setStatus(manager, pledge.id, 'no_show');
      await this.needs.release(manager, need.id, pledge.amount);
    });
  }

  /** Checks who may act, then locks need and pledge (in that order, as pledging does) and does the work. */
  private async change(
    actor: Actor,
    pledgeId: string,
    who: 'pledger' | 'initiator',
    work: (manager: Manager, pledge: PledgeRow, need: NeedRow, initiative: InitiativeRow) => Promise<void>,
  ): Promise<PledgeRow> {
    const peek = await this.pledges.find(actor.municipalityId, pledgeId);
    const needInfo = peek ? await this.needs.find(actor.municipalityId, peek.needId) : null;
    const initiative = needInfo ? await this.initiatives.findVisible(actor.municipalityId, needInfo.initiativeId, viewerOf(actor)) : null;
    if (!peek || !needInfo || !initiative || !canSeeInitiative(visibleFacts(initiative), viewerOf(actor))) {
      throw notFound();
    }
    const isPledger = peek.userId === actor.userId;
    const isInitiator = initiative.authorId === actor.userId || actor.role !== 'resident';
    if (who === 'pledger' ? !isPledger : !isInitiator) {
      throw isPledger || isInitiator ? forbidden() : notFound();
    }
    await this.initiatives.transaction(async (manager) => {
      const need = (await this.needs.lock(manager, actor.municipalityId, peek.needId))!;
      const pledge = (await this.pledges.lock(manager, actor.municipalityId, pledgeId))!;
      await work(manager, pledge, need, initiative);
    });
    return (await this.pledges.find(actor.municipalityId, pledgeId))!;
  }
}

function notAllowed(status: PledgeStatus): AppError {
  return new AppError(ErrorCode.CONFLICT, 'pledge.notFromStatus', { status: translate(`pledgeStatus.${status}`, currentLanguage()) });
}
