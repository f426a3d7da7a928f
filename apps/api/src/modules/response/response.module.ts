import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { MunicipalityModule } from '../municipality/municipality.module.js';
import { InitiativeResponsesResolver, ResponseResolver } from './response.resolver.js';
import { ResponseRepository } from './response.repository.js';
import { ResponseService } from './response.service.js';

@Module({
  imports: [AuthModule, InitiativeModule, MunicipalityModule, AuditModule],
  providers: [ResponseRepository, ResponseService, ResponseResolver, InitiativeResponsesResolver],
  exports: [ResponseService],
})
export class ResponseModule {}
