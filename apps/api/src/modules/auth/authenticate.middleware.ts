import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import passport from 'passport';
import type { Actor, DialoogRequest } from '../../common/request/request-types.js';
import { JWT_STRATEGY } from './jwt.strategy.js';
import { SESSION_COOKIE, SessionCookieService, type SessionClaims } from './session-cookie.service.js';
import { SessionRepository } from './session.repository.js';

/**
 * Reads the session cookie on every request. A missing or dead session simply leaves the
 * request anonymous; the access guard decides per field whether that is enough.
 */
@Injectable()
export class AuthenticateMiddleware implements NestMiddleware {
  constructor(
    private readonly cookies: SessionCookieService,
    private readonly sessions: SessionRepository,
  ) {}

  use(req: DialoogRequest, res: Response, next: NextFunction): void {
    if (!(req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE]) {
      // No session cookie: anonymous, as passport would conclude (it reads the token only from there).
      next();
      return;
    }
    const authenticate = passport.authenticate(
      JWT_STRATEGY,
      { session: false },
      (error: unknown, found: (Actor & { claims: SessionClaims }) | false) => {
        if (error) {
          next(error);
          return;
        }
        if (!found) {
          next();
          return;
        }
        const { claims, ...actor } = found;
        req.actor = { ...actor, ip: req.ip };
        if (this.cookies.needsRefresh(claims)) {
          this.cookies.issue(req, res, { sid: actor.sessionId, mid: actor.municipalityId, sub: actor.userId });
          this.sessions.touch(actor.sessionId).then(() => next(), next);
          return;
        }
        next();
      },
    ) as (req: DialoogRequest, res: Response, next: NextFunction) => void;
    authenticate(req, res, next);
  }
}
