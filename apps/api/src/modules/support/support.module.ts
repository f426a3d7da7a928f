import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { MunicipalityModule } from '../municipality/municipality.module.js';
import { SupportExpiryJob } from './support-expiry.job.js';
import { SupportRepository } from './support.repository.js';
import { SupportResolver } from './support.resolver.js';
import { SupportService } from './support.service.js';

@Module({
  imports: [InitiativeModule, MunicipalityModule, AuditModule],
  providers: [SupportRepository, SupportService, SupportResolver, SupportExpiryJob],
  exports: [SupportExpiryJob],
})
export class SupportModule {}
