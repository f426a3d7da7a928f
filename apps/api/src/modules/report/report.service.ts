import { Injectable } from '@nestjs/common';
import { isHideable, reachesHideThreshold, reportDueOn, type ReportDecision, type ReportReason, type ReportTarget } from '#domain';
import { AppError, badInput, notFound } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { translate } from '../../common/i18n/messages.js';
import type { Actor } from '../../common/request/request-types.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { requireVerifiedEmail } from '../auth/require-verified-email.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { ReportTargets } from './report-targets.service.js';
import { ReportRepository, type ReportRow } from './report.repository.js';

export interface ReportCommand {
  targetType: ReportTarget;
  targetId: string;
  reason: ReportReason;
  text: string;
}

/**
 * Reports: one per person per item; the item is hidden automatically once enough different
 * residents reported it, until a facilitator upholds (hidden, with their reason) or dismisses
 * (an automatic hide is undone). Every step is in the audit log, in the same transaction.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly targets: ReportTargets,
    private readonly initiatives: InitiativeRepository,
    private readonly audit: AuditRepository,
  ) {}

  async report(actor: Actor, command: ReportCommand): Promise<ReportRow> {
    requireVerifiedEmail(actor);
    if (command.targetType === 'user' && command.targetId === actor.userId) {
      throw new AppError(ErrorCode.CONFLICT, 'report.self');
    }
    const { initiativeId } = await this.targets.locate(actor, command.targetType, command.targetId);
    const id = await this.initiatives.transaction(async (manager) => {
      const { targetType, targetId } = command;
      await this.reports.lockTarget(manager, targetType, targetId);
      const created = await this.reports.insert(manager, {
        municipalityId: actor.municipalityId,
        reporterId: actor.userId,
        targetType,
        targetId,
        initiativeId,
        reason: command.reason,
        text: command.text,
        dueOn: reportDueOn(new Date()),
      });
      if (!created) {
        throw new AppError(ErrorCode.CONFLICT, 'report.already');
      }
      await this.audit.append(manager, {
        municipalityId: actor.municipalityId,
        actorId: actor.userId,
        action: 'report.created',
        targetType,
        targetId,
        summary: { reportId: created, reason: command.reason },
        ip: actor.ip,
      });
      const reporters = await this.reports.openResidentReporters(manager, targetType, targetId);
      const threshold = await this.reports.hideThreshold(manager, actor.municipalityId);
      if (
        isHideable(targetType) &&
        reachesHideThreshold(reporters, threshold) &&
        !(await this.targets.isHidden(manager, actor.municipalityId, targetType, targetId))
      ) {
        await this.targets.setHidden(manager, actor.municipalityId, targetType, targetId, translate('report.autoHidden', 'nl'));
        await this.reports.markAutoHidden(manager, actor.municipalityId, targetType, targetId);
        await this.audit.append(manager, {
          municipalityId: actor.municipalityId,
          actorId: null,
          action: 'report.auto_hidden',
          targetType,
          targetId,
          summary: { reporters, threshold },
        });
      }
      return created;
    });
    return (await this.reports.find(actor.municipalityId, id))!;
  }

  async resolve(actor: Actor, id: string, decision: ReportDecision, reason: string | null): Promise<ReportRow> {
    if (decision === 'uphold' && !reason) {
      throw badInput([{ field: 'reason', key: 'report.reasonRequired' }]);
    }
    await this.initiatives.transaction(async (manager) => {
      const found = await this.reports.lock(manager, actor.municipalityId, id);
      if (!found) {
        throw notFound();
      }
      const { targetType, targetId } = found;
      await this.reports.lockTarget(manager, targetType, targetId);
      if (found.status !== 'open') {
        throw new AppError(ErrorCode.CONFLICT, 'report.alreadyResolved');
      }
      await this.reports.resolveOpen(manager, targetType, targetId, decision, actor.userId, reason);
      const wasAutoHidden = await this.reports.clearAutoHidden(manager, targetType, targetId);
      if (decision === 'uphold' && isHideable(targetType)) {
        await this.targets.setHidden(manager, actor.municipalityId, targetType, targetId, reason);
      } else if (decision === 'dismiss' && wasAutoHidden) {
        await this.targets.setHidden(manager, actor.municipalityId, targetType, targetId, null);
      }
      await this.audit.append(manager, {
        municipalityId: actor.municipalityId,
        actorId: actor.userId,
        action: decision === 'uphold' ? 'report.upheld' : 'report.dismissed',
        targetType,
        targetId,
        summary: { reportId: id, reason, restored: decision === 'dismiss' && wasAutoHidden },
        ip: actor.ip,
      });
    });
    return (await this.reports.find(actor.municipalityId, id))!;
  }
}
