import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CommentModule } from '../comment/comment.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { ProgressUpdateModule } from '../progress-update/progress-update.module.js';
import { ReportTargets } from './report-targets.service.js';
import { ReportRepository } from './report.repository.js';
import { InboxReportsResolver, ReportResolver } from './report.resolver.js';
import { ReportService } from './report.service.js';

@Module({
  imports: [AuthModule, AuditModule, InitiativeModule, CommentModule, ProgressUpdateModule, NotificationModule],
  providers: [ReportRepository, ReportTargets, ReportService, ReportResolver, InboxReportsResolver],
})
export class ReportModule {}
