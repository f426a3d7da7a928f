import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

export const SESSION_COOKIE = 'dialoog_session';

/** What the signed token in the cookie says: which session, in which municipality. */
export interface SessionClaims {
  sid: string;
  mid: string;
  sub: string;
  iat?: number;
}

/** Issues the httpOnly, SameSite=Lax session cookie carrying a short-lived signed token. */
@Injectable()
export class SessionCookieService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(req: Request, res: Response, claims: Omit<SessionClaims, 'iat'>): void {
    const token = this.jwt.sign(
      { sid: claims.sid, mid: claims.mid, sub: claims.sub },
      { expiresIn: this.config.sessionTokenMinutes * 60, algorithm: 'HS256' },
    );
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: this.config.sessionTokenMinutes * 60 * 1000,
    });
  }

  clear(req: Request, res: Response): void {
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
  }

  /** Re-issue when the token is older than a minute, so an active person stays signed in. */
  needsRefresh(claims: SessionClaims): boolean {
    return claims.iat === undefined || Date.now() / 1000 - claims.iat > 60;
  }
}
