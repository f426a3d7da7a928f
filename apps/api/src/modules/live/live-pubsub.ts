import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { AppConfig } from '../../config/app-config.js';
import { initiativeChannel, notificationChannel, type InitiativeChangedEvent, type NotificationAddedEvent } from './live-events.js';

export const LIVE_PUBSUB = Symbol('LIVE_PUBSUB');

/**
 * The pub/sub engine for live updates: in memory for a single instance, Redis (its own two
 * connections: a subscribing connection can do nothing else) when `REDIS_URL` is set, so an
 * event published on one instance reaches subscribers on every instance.
 */
export function createLivePubSub(config: Pick<AppConfig, 'redisUrl'>): PubSubEngine {
  if (!config.redisUrl) {
    return new PubSub();
  }
  const logger = new Logger('LivePubSub');
  const options = { maxRetriesPerRequest: 1, connectTimeout: 2_000 };
  const publisher = new Redis(config.redisUrl, options);
  const subscriber = new Redis(config.redisUrl, options);
  for (const client of [publisher, subscriber]) {
    client.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
  }
  return new RedisPubSub({ publisher, subscriber });
}

/** Publishing and listening; publishing never throws (a live update is a courtesy, not a promise). */
@Injectable()
export class LivePublisher implements OnApplicationShutdown {
  private readonly logger = new Logger('LivePublisher');

  constructor(@Inject(LIVE_PUBSUB) private readonly pubsub: PubSubEngine) {}

  async initiativeChanged(event: InitiativeChangedEvent): Promise<void> {
    await this.publish(initiativeChannel(event.initiativeId), event);
  }

  async notificationAdded(event: NotificationAddedEvent): Promise<void> {
    await this.publish(notificationChannel(event.userId), event);
  }

  listen<T>(channel: string): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator<T>(channel);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.pubsub instanceof RedisPubSub) {
      await this.pubsub.close().catch(() => undefined);
    }
  }

  private async publish(channel: string, payload: object): Promise<void> {
    try {
      await this.pubsub.publish(channel, payload);
    } catch (error) {
      this.logger.warn(`Could not publish on ${channel}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
