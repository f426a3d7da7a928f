import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { FollowModule } from '../follow/follow.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { LiveModule } from '../live/live.module.js';
import { NotificationFanout } from './notification-fanout.service.js';
import { NotificationJobs } from './notification-jobs.service.js';
import { NotificationMailRepository } from './notification-mail.repository.js';
import { NotificationMailer } from './notification-mailer.service.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { OutboxProcessor } from './outbox-processor.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

/** The outbox, per-person notifications, preferences, e-mail and `notificationAdded`. */
@Module({
  imports: [AuthModule, InitiativeModule, FollowModule, LiveModule],
  controllers: [UnsubscribeController],
  providers: [
    OutboxRepository,
    NotificationRepository,
    NotificationMailRepository,
    NotificationFanout,
    OutboxProcessor,
    NotificationMailer,
    NotificationJobs,
    NotificationService,
    NotificationResolver,
  ],
  exports: [OutboxRepository, NotificationJobs],
})
export class NotificationModule {}
