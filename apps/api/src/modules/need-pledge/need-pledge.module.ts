import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { CalendarTokenResolver } from './calendar-token.resolver.js';
import { CalendarController } from './calendar.controller.js';
import { MatchingBudgetRepository } from './matching-budget.repository.js';
import { MatchingService } from './matching.service.js';
import { MatchingSettingsService } from './matching-settings.service.js';
import { InitiativeNeedsResolver, NeedPledgesResolver, NeighbourhoodBudgetResolver, PledgeFieldsResolver } from './need-fields.resolver.js';
import { NeedPledgeResolver } from './need-pledge.resolver.js';
import { NeedRepository } from './need.repository.js';
import { NeedService } from './need.service.js';
import { PledgeRepository } from './pledge.repository.js';
import { PartnerOfferResolver } from './partner-offer.resolver.js';
import { PledgeService } from './pledge.service.js';
import { ShiftReminderJob } from './shift-reminder.job.js';

@Module({
  imports: [AuthModule, AuditModule, InitiativeModule, OrganisationModule],
  controllers: [CalendarController],
  providers: [
    NeedRepository,
    PledgeRepository,
    MatchingBudgetRepository,
    MatchingService,
    MatchingSettingsService,
    NeedService,
    PledgeService,
    NeedPledgeResolver,
    InitiativeNeedsResolver,
    NeedPledgesResolver,
    PledgeFieldsResolver,
    NeighbourhoodBudgetResolver,
    CalendarTokenResolver,
    PartnerOfferResolver,
    ShiftReminderJob,
  ],
  exports: [ShiftReminderJob],
})
export class NeedPledgeModule {}
