import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller.js';
import { MetricsPlugin } from './metrics.plugin.js';
import { MetricsService } from './metrics.service.js';

@Module({ controllers: [MetricsController], providers: [MetricsService, MetricsPlugin] })
export class MetricsModule {}
