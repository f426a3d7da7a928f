import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Actor, DialoogRequest } from '../../common/request/request-types.js';
import { SESSION_COOKIE, type SessionClaims } from './session-cookie.service.js';
import { actorOf, idleTimeouts } from './session-actor.js';
import { SessionRepository } from './session.repository.js';

export const JWT_STRATEGY = 'dialoog-session';

function fromCookie(req: Request): string | null {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  return cookies?.[SESSION_COOKIE] ?? null;
}

/**
 * passport-jwt checks the signature and expiry; then the session row must still be live
 * and belong to the request's municipality (a token from one municipality is worthless in another).
 */
@Injectable()
export class SessionJwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([fromCookie]),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  async validate(req: DialoogRequest, claims: SessionClaims): Promise<(Actor & { claims: SessionClaims }) | false> {
    if (!req.municipality || claims.mid !== req.municipality.id) {
      return false;
    }
    const session = await this.sessions.findLive(claims.sid, idleTimeouts(this.config));
    if (!session || session.municipalityId !== req.municipality.id) {
      return false;
    }
    return { ...actorOf(session), claims };
  }
}
