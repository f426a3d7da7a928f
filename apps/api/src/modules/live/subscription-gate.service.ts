import type { IncomingMessage } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Context } from 'graphql-ws';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { SubscriptionGate } from '../../common/graphql/graphql-options.js';
import type { Actor, DialoogRequest } from '../../common/request/request-types.js';
import { SESSION_COOKIE, type SessionClaims } from '../auth/session-cookie.service.js';
import { actorOf, idleTimeouts } from '../auth/session-actor.js';
import { SessionRepository } from '../auth/session.repository.js';
import type { MunicipalityEntity } from '../municipality/municipality.entity.js';
import { TenantResolverService } from '../municipality/tenant-resolver.service.js';

interface LiveConnection {
  municipality: MunicipalityEntity;
  actor: Actor | undefined;
  ip: string | undefined;
}

type Extra = { request: IncomingMessage; dialoog?: LiveConnection };

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      return decodeURIComponent(part.slice(index + 1).trim());
    }
  }
  return undefined;
}

/**
 * Opens WebSocket connections for subscriptions with the rules of HTTP requests: the municipality
 * from `X-Municipality` (or the connection parameter `municipality`, for browsers) or the host,
 * and the person from the session cookie, checked as `SessionJwtStrategy` does (signature and
 * expiry, a live session of this municipality). The session is checked again for every
 * subscription started on the connection. A cookie sent from a foreign origin is ignored.
 */
@Injectable()
export class SubscriptionGateService implements SubscriptionGate {
  private readonly jwt: JwtService;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
    private readonly tenants: TenantResolverService,
  ) {
    this.jwt = new JwtService({ secret: config.jwtSecret });
  }

  async onConnect(ctx: Context): Promise<boolean> {
    const extra = ctx.extra as Extra;
    const request = extra.request;
    const header = request.headers['x-municipality'];
    const param = ctx.connectionParams?.municipality;
    const slug = typeof header === 'string' ? header : typeof param === 'string' ? param : undefined;
    const municipality = await this.tenants.resolve(slug, request.headers.host);
    if (!municipality) {
      return false;
    }
    const ip = request.socket.remoteAddress;
    const actor = this.sameOrigin(request)
      ? await this.actorFrom(cookieValue(request.headers.cookie, SESSION_COOKIE), municipality, ip)
      : undefined;
    extra.dialoog = { municipality, actor, ip };
    return true;
  }

  async requestFor(ctx: Context): Promise<DialoogRequest> {
    const connection = (ctx.extra as Extra).dialoog;
    const actor = connection?.actor ? await this.stillLive(connection.actor) : undefined;
    // Only what resolvers, guards and decorators read: the municipality, the person and the address.
    return { municipality: connection?.municipality, actor, ip: connection?.ip, headers: {} } as unknown as DialoogRequest;
  }

  private sameOrigin(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (!origin) {
      return true;
    }
    try {
      const host = new URL(origin).host;
      return host === request.headers.host || host === new URL(this.config.publicUrl).host;
    } catch {
      return false;
    }
  }

  private async actorFrom(token: string | undefined, municipality: MunicipalityEntity, ip: string | undefined): Promise<Actor | undefined> {
    if (!token) {
      return undefined;
    }
    let claims: SessionClaims;
    try {
      claims = this.jwt.verify<SessionClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return undefined;
    }
    if (claims.mid !== municipality.id) {
      return undefined;
    }
    const session = await this.sessions.findLive(claims.sid, idleTimeouts(this.config));
    return session && session.municipalityId === municipality.id ? actorOf(session, ip) : undefined;
  }

  private async stillLive(actor: Actor): Promise<Actor | undefined> {
    const session = await this.sessions.findLive(actor.sessionId, idleTimeouts(this.config));
    return session && session.userId === actor.userId ? actorOf(session, actor.ip) : undefined;
  }
}
