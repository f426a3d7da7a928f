import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { ProgressUpdateRepository } from './progress-update.repository.js';
import { InitiativeProgressResolver, ProgressUpdateResolver } from './progress-update.resolver.js';
import { ProgressUpdateService } from './progress-update.service.js';

@Module({
  imports: [AuthModule, InitiativeModule, NotificationModule],
  providers: [ProgressUpdateRepository, ProgressUpdateService, ProgressUpdateResolver, InitiativeProgressResolver],
  exports: [ProgressUpdateRepository],
})
export class ProgressUpdateModule {}
