import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MutationRateLimitGuard } from './mutation-rate-limit.guard.js';
import { REDIS_CLIENT, connectRedis } from './redis-client.js';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit-store.js';
import { RATE_LIMIT_STORE, RateLimiter } from './rate-limiter.service.js';
import { RedisRateLimitStore } from './redis-rate-limit-store.js';

class RedisLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

/** The rate limiter (Redis when `REDIS_URL` is set, else in memory) and the per-user mutation limit. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.redisUrl ? connectRedis(config.redisUrl) : null),
    },
    {
      provide: RATE_LIMIT_STORE,
      inject: [REDIS_CLIENT],
      useFactory: (redis: Redis | null): RateLimitStore => (redis ? new RedisRateLimitStore(redis) : new MemoryRateLimitStore()),
    },
    RateLimiter,
    RedisLifecycle,
    { provide: APP_GUARD, useClass: MutationRateLimitGuard },
  ],
  exports: [RateLimiter, REDIS_CLIENT],
})
export class RateLimitModule {}
