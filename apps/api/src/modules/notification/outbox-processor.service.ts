import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InitiativeChangedEvent, NotificationAddedEvent } from '../live/live-events.js';
import { LivePublisher } from '../live/live-pubsub.js';
import { NotificationFanout } from './notification-fanout.service.js';
import { OutboxRepository } from './outbox.repository.js';

const BATCH = 100;

/**
 * Works through the outbox: each batch is claimed with FOR UPDATE SKIP LOCKED, so instances
 * share the work and never handle a row twice. Each row gets a savepoint: one failing row is
 * retried later (with backoff) without holding up the others. Live events are published after
 * the batch commits, never for work that was rolled back.
 */
@Injectable()
export class OutboxProcessor {
  private readonly logger = new Logger('OutboxProcessor');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly fanout: NotificationFanout,
    private readonly live: LivePublisher,
  ) {}

  /** Processes until nothing is due; returns the number of rows handled. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const handled = await this.batch();
      total += handled;
      if (handled < BATCH) {
        return total;
      }
    }
  }

  private async batch(): Promise<number> {
    const changes = new Map<string, InitiativeChangedEvent>();
    const added: NotificationAddedEvent[] = [];
    const handled = await this.db.transaction(async (manager) => {
      const rows = await this.outbox.claim(manager, BATCH);
      const done: string[] = [];
      for (const row of rows) {
        await manager.query('SAVEPOINT outbox_row');
        try {
          const result = await this.fanout.handle(manager, row);
          await manager.query('RELEASE SAVEPOINT outbox_row');
          done.push(row.id);
          added.push(...result.notifications);
          if (result.change) {
            // Several support changes of one initiative in a batch: one event with the latest count.
            changes.set(`${row.initiativeId}:${result.change.reason}:${result.change.subjectId ?? ''}`, result.change);
          }
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT outbox_row');
          const message = error instanceof Error ? error.message : String(error);
          this.logger.warn(`Outbox row ${row.id} (${row.kind}) failed, attempt ${row.attempts + 1}: ${message}`);
          await this.outbox.markFailed(manager, row.id, row.attempts, message);
        }
      }
      await this.outbox.markProcessed(manager, done);
      return rows.length;
    });
    await Promise.all([
      ...[...changes.values()].map((e) => this.live.initiativeChanged(e)),
      ...added.map((e) => this.live.notificationAdded(e)),
    ]);
    return handled;
  }
}
