import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { SessionCookieService } from './session-cookie.service.js';
import { SessionRepository } from './session.repository.js';

export interface Http {
  readonly req: Request;
  readonly res: Response;
}

/** Starting and ending sessions: the row in user_session and the cookie that names it. */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly cookies: SessionCookieService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session for this browser (absolute lifetime `sessionMaxHours`). */
  async start(user: { id: string; municipalityId: string }, http: Http): Promise<void> {
    const sid = await this.sessions.create(user.municipalityId, user.id, this.config.sessionMaxHours);
    this.cookies.issue(http.req, http.res, { sid, mid: user.municipalityId, sub: user.id });
  }

  async end(sessionId: string, http: Http): Promise<void> {
    await this.sessions.revoke(sessionId);
    this.cookies.clear(http.req, http.res);
  }

  /** Ends every session of the user: old cookies are refused at their next request. */
  endAllOf(user: { id: string; municipalityId: string }): Promise<void> {
    return this.sessions.revokeAllOf(user.municipalityId, user.id);
  }
}
