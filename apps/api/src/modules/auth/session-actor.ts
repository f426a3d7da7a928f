import type { AppConfig } from '../../config/app-config.js';
import type { Actor } from '../../common/request/request-types.js';
import type { IdleTimeouts, LiveSession } from './session.repository.js';

/** How long a session may sit unused, from the configuration (HTTP and WebSocket alike). */
export function idleTimeouts(config: AppConfig): IdleTimeouts {
  return {
    residentMinutes: config.sessionTokenMinutes,
    staffMinutes: Math.min(config.staffIdleMinutes, config.sessionTokenMinutes),
  };
}

/** The person behind a live session, as resolvers see them (HTTP and WebSocket alike). */
export function actorOf(session: LiveSession, ip?: string): Actor {
  return {
    userId: session.userId,
    sessionId: session.sessionId,
    municipalityId: session.municipalityId,
    role: session.role,
    displayName: session.displayName,
    emailVerified: session.emailVerified,
    mustEnrolSecondFactor: session.mustEnrolSecondFactor,
    ...(ip === undefined ? {} : { ip }),
  };
}
