import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, NotFoundException, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricsService } from './metrics.service.js';

/**
 * Prometheus on `/metrics`, only with `METRICS_TOKEN` set and `Authorization: Bearer <token>`;
 * anything else is a plain 404, so the endpoint does not show that it exists.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    if (!this.authorised(authorization)) {
      throw new NotFoundException();
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await this.metrics.registry.metrics());
  }

  private authorised(header: string | undefined): boolean {
    const token = this.config.metricsToken;
    if (!token || !header?.startsWith('Bearer ')) {
      return false;
    }
    const given = Buffer.from(header.slice('Bearer '.length));
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
