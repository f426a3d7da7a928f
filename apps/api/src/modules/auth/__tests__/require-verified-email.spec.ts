import { describe, expect, it } from '@jest/globals';
import { AppError } from '../../../common/errors/app-error.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { translate } from '../../../common/i18n/messages.js';
import { requireVerifiedEmail } from '../require-verified-email.js';

describe('requireVerifiedEmail', () => {
  it('lets a confirmed person through', () => {
    expect(() => requireVerifiedEmail({ emailVerified: true })).not.toThrow();
  });

  it('refuses an unconfirmed person with FORBIDDEN and a plain-language message', () => {
    let caught: unknown;
    try {
      requireVerifiedEmail({ emailVerified: false });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe(ErrorCode.FORBIDDEN);
    expect(translate((caught as AppError).key, 'nl')).toMatch(/^Bevestig eerst uw e-mailadres\./);
    expect(translate((caught as AppError).key, 'en')).toMatch(/^Please confirm your e-mail address first\./);
  });
});
