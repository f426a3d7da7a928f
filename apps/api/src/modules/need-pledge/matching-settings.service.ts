import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/request/request-types.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { MatchingBudgetType, MatchingRulesType } from './dto/matching.type.js';
import { MatchingBudgetRepository } from './matching-budget.repository.js';

/** Admins change how the municipality matches pledges with money; every change is audited with before and after. */
@Injectable()
export class MatchingSettingsService {
  constructor(
    private readonly budgets: MatchingBudgetRepository,
    private readonly audit: AuditRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  setRules(admin: Actor, rules: MatchingRulesType): Promise<MatchingRulesType> {
    return this.db.transaction(async (manager) => {
      const before = await this.budgets.setRules(manager, admin.municipalityId, rules);
      await this.audit.append(manager, {
        municipalityId: admin.municipalityId,
        actorId: admin.userId,
        action: 'matching.rules_changed',
        targetType: 'municipality',
        targetId: admin.municipalityId,
        summary: { before, after: { ...rules } },
        ip: admin.ip,
      });
      return rules;
    });
  }

  setBudget(admin: Actor, neighbourhoodId: string, year: number, budgetCents: number): Promise<MatchingBudgetType> {
    return this.db.transaction(async (manager) => {
      const { before, after } = await this.budgets.set(manager, admin.municipalityId, neighbourhoodId, year, budgetCents);
      await this.audit.append(manager, {
        municipalityId: admin.municipalityId,
        actorId: admin.userId,
        action: 'matching.budget_set',
        targetType: 'neighbourhood',
        targetId: neighbourhoodId,
        summary: { year, before: { budgetCents: before }, after: { budgetCents } },
        ip: admin.ip,
      });
      return after;
    });
  }
}
