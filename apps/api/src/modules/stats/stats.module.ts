import { Module } from '@nestjs/common';
import { MunicipalityModule } from '../municipality/municipality.module.js';
import { StatsRepository } from './stats.repository.js';
import { ImpactFiguresResolver, StatsResolver } from './stats.resolver.js';

@Module({ imports: [MunicipalityModule], providers: [StatsRepository, StatsResolver, ImpactFiguresResolver] })
export class StatsModule {}
