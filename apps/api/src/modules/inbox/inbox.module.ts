import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { ResponseModule } from '../response/response.module.js';
import { InboxOverdueJob } from './inbox-overdue.job.js';
import { InboxRepository } from './inbox.repository.js';
import { InboxResolver } from './inbox.resolver.js';

@Module({
  imports: [AuthModule, InitiativeModule, ResponseModule, NotificationModule],
  providers: [InboxRepository, InboxResolver, InboxOverdueJob],
  exports: [InboxOverdueJob],
})
export class InboxModule {}
