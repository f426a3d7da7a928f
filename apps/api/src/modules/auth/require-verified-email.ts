import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Actor } from '../../common/request/request-types.js';

/**
 * Call before anything that needs a confirmed e-mail address (support, pledges): throws FORBIDDEN
 * with "Bevestig eerst uw e-mailadres…" when the signed-in person has not confirmed theirs yet.
 */
export function requireVerifiedEmail(actor: Pick<Actor, 'emailVerified'>): void {
  if (!actor.emailVerified) {
    throw new AppError(ErrorCode.FORBIDDEN, 'auth.emailNotVerified');
  }
}
