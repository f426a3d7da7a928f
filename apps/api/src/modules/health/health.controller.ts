import { Controller, Get, HttpException, HttpStatus, Inject, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS_CLIENT } from '../../common/rate-limit/redis-client.js';

type Check = 'up' | 'down';

interface Readiness {
  status: 'ok' | 'error';
  database: Check;
  redis?: Check;
  shuttingDown?: true;
}

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

/**
 * Liveness (the process answers) and readiness (the database and, when configured, Redis
 * answer; not while shutting down) for load balancers.
 */
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private shuttingDown = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
  ) {}

  /** From the start of a shutdown on, tell the load balancer to send no new requests. */
  onModuleDestroy(): void {
    this.shuttingDown = true;
  }

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<Readiness> {
    const [database, redis] = await Promise.all([
      this.check(() => this.db.query('SELECT 1')),
      this.redis ? this.check(() => this.redis!.ping()) : Promise.resolve(undefined),
    ]);
    const result: Readiness = { status: 'ok', database, ...(redis && { redis }) };
    if (database === 'down' || redis === 'down' || this.shuttingDown) {
      throw new HttpException(
        { ...result, status: 'error', ...(this.shuttingDown && { shuttingDown: true }) },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    return result;
  }

  private async check(probe: () => Promise<unknown>): Promise<Check> {
    try {
      await withTimeout(probe(), 2_000);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
