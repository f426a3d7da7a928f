import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MunicipalityModule } from '../municipality/municipality.module.js';
import { InitiativeEventResolver } from './initiative-event.resolver.js';
import { InitiativeLifecycleService } from './initiative-lifecycle.service.js';
import { InitiativeRepository } from './initiative.repository.js';
import { InitiativeResolver } from './initiative.resolver.js';
import { InitiativeService } from './initiative.service.js';

@Module({
  imports: [AuthModule, MunicipalityModule],
  providers: [InitiativeRepository, InitiativeService, InitiativeLifecycleService, InitiativeResolver, InitiativeEventResolver],
  exports: [InitiativeRepository, InitiativeLifecycleService],
})
export class InitiativeModule {}
