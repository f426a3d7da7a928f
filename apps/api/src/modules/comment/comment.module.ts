import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { CommentRepository } from './comment.repository.js';
import { CommentResolver } from './comment.resolver.js';
import { CommentService } from './comment.service.js';
import { InitiativeCommentsResolver } from './initiative-comments.resolver.js';

@Module({
  imports: [AuthModule, InitiativeModule, NotificationModule],
  providers: [CommentRepository, CommentService, CommentResolver, InitiativeCommentsResolver],
  exports: [CommentRepository],
})
export class CommentModule {}
