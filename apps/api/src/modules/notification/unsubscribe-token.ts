import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, type NotificationKind } from '#domain';

export interface UnsubscribeClaim {
  readonly municipalityId: string;
  readonly userId: string;
  readonly kind: NotificationKind;
}

const signature = (secret: string, body: string): Buffer => createHmac('sha256', `unsubscribe:${secret}`).update(body).digest();

/** A link token that turns off one kind of e-mail for one person; it does not expire (like any unsubscribe link). */
export function signUnsubscribe(secret: string, claim: UnsubscribeClaim): string {
  const body = Buffer.from(`${claim.municipalityId}.${claim.userId}.${claim.kind}`, 'utf8').toString('base64url');
  return `${body}.${signature(secret, body).toString('base64url')}`;
}

export function verifyUnsubscribe(secret: string, token: string): UnsubscribeClaim | null {
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) {
    return null;
  }
  const given = Buffer.from(sig, 'base64url');
  const expected = signature(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return null;
  }
  const [municipalityId, userId, kind] = Buffer.from(body, 'base64url').toString('utf8').split('.');
  if (!municipalityId || !userId || !NOTIFICATION_KINDS.includes(kind as NotificationKind)) {
    return null;
  }
  return { municipalityId, userId, kind: kind as NotificationKind };
}
