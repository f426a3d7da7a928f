import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { MunicipalityRepository } from './municipality.repository.js';
import { MunicipalityResolver } from './municipality.resolver.js';
import { PlaceAdminResolver } from './place-admin.resolver.js';
import { PlaceAdminService } from './place-admin.service.js';
import { TenantResolverService } from './tenant-resolver.service.js';

@Module({
  imports: [AuditModule, AuthModule],
  providers: [MunicipalityRepository, MunicipalityResolver, TenantResolverService, PlaceAdminService, PlaceAdminResolver],
  exports: [MunicipalityRepository, TenantResolverService],
})
export class MunicipalityModule {}
