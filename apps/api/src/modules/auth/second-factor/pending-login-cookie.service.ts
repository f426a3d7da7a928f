import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { Http } from '../session.service.js';
import { SecondFactorCipher } from './second-factor-cipher.service.js';

export const PENDING_LOGIN_COOKIE = 'dialoog_login_code';
const LIFETIME_SECONDS = 5 * 60;
const PURPOSE = 'login-code';

export interface PendingLogin {
  readonly userId: string;
  readonly municipalityId: string;
}

/**
 * After the right password for an account with a second factor: a 5-minute httpOnly cookie saying
 * "this browser knew the password of this account". It is signed with its own key (never the session
 * key) and is no session: only `verifyLoginCode` reads it.
 */
@Injectable()
export class PendingLoginCookie {
  private readonly jwt: JwtService;

  constructor(cipher: SecondFactorCipher) {
    this.jwt = new JwtService({ secret: cipher.pendingLoginKey() });
  }

  issue(http: Http, login: PendingLogin): void {
    const token = this.jwt.sign(
      { sub: login.userId, mid: login.municipalityId, purpose: PURPOSE },
      { expiresIn: LIFETIME_SECONDS, algorithm: 'HS256' },
    );
    http.res.cookie(PENDING_LOGIN_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: http.req.secure,
      path: '/',
      maxAge: LIFETIME_SECONDS * 1000,
    });
  }

  read(req: Request): PendingLogin | null {
    const token = (req.cookies as Record<string, string | undefined> | undefined)?.[PENDING_LOGIN_COOKIE];
    if (!token) {
      return null;
    }
    try {
      const claims = this.jwt.verify<{ sub?: unknown; mid?: unknown; purpose?: unknown }>(token, { algorithms: ['HS256'] });
      return claims.purpose === PURPOSE && typeof claims.sub === 'string' && typeof claims.mid === 'string'
        ? { userId: claims.sub, municipalityId: claims.mid }
        : null;
    } catch {
      return null;
    }
  }

  clear(http: Http): void {
    http.res.clearCookie(PENDING_LOGIN_COOKIE, { httpOnly: true, sameSite: 'strict', secure: http.req.secure, path: '/' });
  }
}
