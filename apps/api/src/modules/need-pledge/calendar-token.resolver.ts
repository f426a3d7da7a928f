import { createHash, randomBytes } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SignedIn } from '../../common/access/access-rule.js';
import { CurrentActor } from '../../common/request/current-actor.decorator.js';
import type { Actor } from '../../common/request/request-types.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

@Resolver()
export class CalendarTokenResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => String, { description: 'A new secret URL for your shift calendar; the old URL stops working.' })
  @SignedIn()
  async rotateCalendarFeed(@CurrentActor() actor: Actor): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.db.query(`UPDATE app_user SET calendar_token_hash = $3 WHERE municipality_id = $1 AND id = $2`, [
      actor.municipalityId,
      actor.userId,
      createHash('sha256').update(token).digest('hex'),
    ]);
    return `${this.config.publicUrl}/calendar/feed/${token}.ics`;
  }
}
