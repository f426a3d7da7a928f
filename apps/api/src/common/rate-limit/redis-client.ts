import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/**
 * One Redis connection for the process (rate-limit counters; readiness checks it). Commands fail
 * at once while it is disconnected (no offline queue), so a Redis outage never holds a request.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const logger = new Logger('Redis');
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  let lastError = 0;
  redis.on('error', (error: Error) => {
    if (Date.now() - lastError > 10_000) {
      lastError = Date.now();
      logger.warn(`Redis: ${error.message}`);
    }
  });
  await redis
    .connect()
    .catch((error: unknown) => logger.warn(`Redis not reachable at start: ${error instanceof Error ? error.message : String(error)}`));
  return redis;
}
