import { createHash } from 'node:crypto';
import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { toICalendar, type CalendarEvent } from '#domain';
import { UUID } from '../../common/pagination/pagination.js';
import type { DialoogRequest } from '../../common/request/request-types.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

interface ShiftRow {
  pledge_id: string;
  title: string;
  initiative_title: string;
  initiative_id: string;
  place: string | null;
  starts_at: Date;
  ends_at: Date;
}

const SHIFTS = `SELECT p.id AS pledge_id, n.title, i.title AS initiative_title, i.id AS initiative_id, n.place, n.starts_at, n.ends_at
  FROM pledge p JOIN need n ON n.id = p.need_id JOIN initiative i ON i.id = n.initiative_id
  WHERE n.kind = 'shift' AND p.status IN ('pledged', 'confirmed')`;

/** Calendar downloads: one .ics per pledge (signed in), and a personal feed behind a secret token. */
@Controller('calendar')
export class CalendarController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('pledges/:id.ics')
  async pledge(@Param('id') id: string, @Req() req: DialoogRequest, @Res() res: Response): Promise<void> {
    if (!req.actor || !UUID.test(id)) {
      throw new NotFoundException();
    }
    const rows = await this.db.query<ShiftRow[]>(`${SHIFTS} AND p.id = $1 AND p.user_id = $2 AND p.municipality_id = $3`, [
      id,
      req.actor.userId,
      req.actor.municipalityId,
    ]);
    if (rows.length === 0) {
      throw new NotFoundException();
    }
    this.send(res, 'dialoog-dienst.ics', rows, 'attachment');
  }

  @Get('feed/:token.ics')
  async feed(@Param('token') token: string, @Res() res: Response): Promise<void> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) {
      throw new NotFoundException();
    }
    const hash = createHash('sha256').update(token).digest('hex');
    const rows = await this.db.query<ShiftRow[]>(`${SHIFTS} AND p.user_id = (SELECT id FROM app_user WHERE calendar_token_hash = $1)`, [
      hash,
    ]);
    this.send(res, 'dialoog.ics', rows, 'inline');
  }

  private send(res: Response, filename: string, rows: ShiftRow[], disposition: 'attachment' | 'inline'): void {
    const events: CalendarEvent[] = rows.map((r) => ({
      uid: `pledge-${r.pledge_id}@dialoog`,
      title: `${r.title} – ${r.initiative_title}`,
      description: r.initiative_title,
      location: r.place,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      url: `${this.config.publicUrl}/initiatieven/${r.initiative_id}`,
    }));
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `${disposition}; filename="${filename}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(toICalendar('Dialoog', events));
  }
}
