import { Module } from '@nestjs/common';
import { MunicipalityRepository } from './municipality.repository.js';
import { MunicipalityResolver } from './municipality.resolver.js';
import { TenantResolverService } from './tenant-resolver.service.js';

@Module({
  providers: [MunicipalityRepository, MunicipalityResolver, TenantResolverService],
  exports: [MunicipalityRepository, TenantResolverService],
})
export class MunicipalityModule {}
