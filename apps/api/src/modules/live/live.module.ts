import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AuthModule } from '../auth/auth.module.js';
import { InitiativeModule } from '../initiative/initiative.module.js';
import { MunicipalityModule } from '../municipality/municipality.module.js';
import { LIVE_PUBSUB, LivePublisher, createLivePubSub } from './live-pubsub.js';
import { LiveResolver } from './live.resolver.js';
import { SubscriptionGateService } from './subscription-gate.service.js';

/** Live updates: the pub/sub engine, the WebSocket gate and `initiativeChanged`. */
@Module({
  imports: [AuthModule, MunicipalityModule, InitiativeModule],
  providers: [
    { provide: LIVE_PUBSUB, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createLivePubSub(config) },
    LivePublisher,
    SubscriptionGateService,
    LiveResolver,
  ],
  exports: [LivePublisher, SubscriptionGateService],
})
export class LiveModule {}
