import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { ResponseModule } from '../response/response.module.js';
import { InboxRepository } from './inbox.repository.js';
import { InboxResolver } from './inbox.resolver.js';

@Module({ imports: [AuthModule, InitiativeModule, ResponseModule], providers: [InboxRepository, InboxResolver] })
export class InboxModule {}
