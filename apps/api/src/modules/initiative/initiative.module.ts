import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { MunicipalityModule } from '../municipality/municipality.module.js';
import { InitiativeEditingService } from './initiative-editing.service.js';
import { InitiativeConnectionResolver } from './initiative-connection.resolver.js';
import { InitiativeEventResolver } from './initiative-event.resolver.js';
import { InitiativeLifecycleResolver } from './initiative-lifecycle.resolver.js';
import { InitiativeModerationService } from './initiative-moderation.service.js';
import { InitiativeLifecycleService } from './initiative-lifecycle.service.js';
import { InitiativeRepository } from './initiative.repository.js';
import { InitiativeResolver } from './initiative.resolver.js';
import { InitiativeService } from './initiative.service.js';

@Module({
  imports: [AuthModule, MunicipalityModule, AuditModule],
  providers: [
    InitiativeRepository,
    InitiativeService,
    InitiativeLifecycleService,
    InitiativeEditingService,
    InitiativeModerationService,
    InitiativeResolver,
    InitiativeConnectionResolver,
    InitiativeLifecycleResolver,
    InitiativeEventResolver,
  ],
  exports: [InitiativeRepository, InitiativeService, InitiativeLifecycleService],
})
export class InitiativeModule {}
