import { describe, expect, it } from '@jest/globals';
import { Secret, TOTP } from 'otpauth';
import { loadConfig } from '../../../config/app-config.js';
import { SecondFactorCipher } from '../second-factor/second-factor-cipher.service.js';
import { matchingTotpStep, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpUri } from '../second-factor/totp.js';

const config = (overrides: Record<string, string> = {}) =>
  loadConfig({ DATABASE_URL: 'postgres://x/y', JWT_SECRET: 'geheim', ...overrides });

describe('TOTP codes', () => {
  const secret = newTotpSecret();
  const app = new TOTP({ secret: Secret.fromBase32(secret) });
  const now = 1_764_480_000_000;
  const step = Math.floor(now / 30_000);

  it('makes 160-bit base32 secrets and an otpauth URI an authenticator app reads', () => {
    expect(Secret.fromBase32(secret).bytes).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'Dialoog Gemeente Voorbeeld', 'a@example.org'));
    expect(uri.href).toMatch(/^otpauth:\/\/totp\/Dialoog%20Gemeente%20Voorbeeld:a%40example\.org\?/);
    expect(uri.searchParams.get('issuer')).toBe('Dialoog Gemeente Voorbeeld');
  });

  it('accepts the code of this step and one step either side, answering the step; nothing further off', () => {
    for (const offset of [-1, 0, 1]) {
      expect(matchingTotpStep(secret, app.generate({ timestamp: now + offset * 30_000 }), now)).toBe(step + offset);
    }
    for (const offset of [-3, -2, 2, 3]) {
      const code = app.generate({ timestamp: now + offset * 30_000 });
      const near = [-1, 0, 1].map((o) => app.generate({ timestamp: now + o * 30_000 }));
      if (!near.includes(code)) {
        expect(matchingTotpStep(secret, code, now)).toBeNull();
      }
    }
    expect(matchingTotpStep(secret, ` ${app.generate({ timestamp: now }).replace(/(\d{3})/, '$1 ')} `, now)).toBe(step);
    expect(matchingTotpStep(secret, 'abcdef', now)).toBeNull();
    expect(matchingTotpStep(secret, '1234567', now)).toBeNull();
  });
});

describe('recovery codes', () => {
  it('makes ten different codes of 50 bits and reads them back however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(normaliseRecoveryCode(code)).toBe(code);
      expect(normaliseRecoveryCode(` ${code.toUpperCase().replace('-', ' ')} `)).toBe(code);
    }
    expect(normaliseRecoveryCode('123456')).toBeNull();
    expect(normaliseRecoveryCode('abcde-fghij')).toBeNull(); // i is not in the alphabet
  });
});

describe('secret encryption', () => {
  it('round-trips, binds the user id, and differs per key', () => {
    const cipher = new SecondFactorCipher(config());
    const stored = cipher.encrypt('JBSWY3DPEHPK3PXP', 'user-1');
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain('JBSWY3DPEHPK3PXP');
    expect(cipher.decrypt(stored, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => cipher.decrypt(stored, 'user-2')).toThrow();
    expect(() => new SecondFactorCipher(config({ JWT_SECRET: 'ander geheim' })).decrypt(stored, 'user-1')).toThrow();
    const withKey = new SecondFactorCipher(config({ SECOND_FACTOR_KEY: 'ab'.repeat(32) }));
    expect(withKey.decrypt(withKey.encrypt('X', 'u'), 'u')).toBe('X');
    expect(() => new SecondFactorCipher(config({ SECOND_FACTOR_KEY: 'abcd' }))).toThrow(/64 hexadecimal/);
  });
});
