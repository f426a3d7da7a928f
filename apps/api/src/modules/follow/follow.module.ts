import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { MunicipalityModule } from '../municipality/municipality.module.js';
import { FollowRepository } from './follow.repository.js';
import { FollowResolver, InitiativeFollowResolver, NeighbourhoodFollowResolver } from './follow.resolver.js';
import { FollowService } from './follow.service.js';

@Module({
  imports: [InitiativeModule, MunicipalityModule],
  providers: [FollowRepository, FollowService, FollowResolver, InitiativeFollowResolver, NeighbourhoodFollowResolver],
  exports: [FollowRepository],
})
export class FollowModule {}
