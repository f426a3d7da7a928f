import { describe, expect, it } from '@jest/globals';
import { PASSWORD_MAX, checkPassword, minimumPasswordLength } from './password-policy.js';
import { ROLES, isStaff } from './role.js';

/** Ten different characters, no sequence, nothing common: a fine resident password. */
const GOOD_10 = 'vlinder#7q';
/** Fifteen characters of the same kind: a fine staff password. */
const GOOD_15 = 'vlinder#7q-Rank';
/** Five unrelated emoji, each one code point but two UTF-16 units. */
const EMOJI = ['🌷', '🚲', '🌳', '🏡', '🎨'];
const emoji = (count: number): string => Array.from({ length: count }, (_, i) => EMOJI[i % EMOJI.length]).join('');

describe('roles', () => {
  it('counts facilitators and admins as staff, residents not', () => {
    expect(ROLES.filter(isStaff)).toEqual(['facilitator', 'admin']);
  });
});

describe('minimumPasswordLength', () => {
  it('is 10 for residents and 15 for staff', () => {
    expect(minimumPasswordLength('resident')).toBe(10);
    expect(minimumPasswordLength('facilitator')).toBe(15);
    expect(minimumPasswordLength('admin')).toBe(15);
  });
});

describe('checkPassword', () => {
  describe('length', () => {
    it('accepts 10 characters from a resident and refuses 9', () => {
      expect(GOOD_10).toHaveLength(10);
      expect(checkPassword(GOOD_10, { role: 'resident' })).toBeNull();
      expect(checkPassword(GOOD_10.slice(0, 9), { role: 'resident' })).toEqual({ kind: 'tooShort', min: 10 });
    });

    it.each([['facilitator' as const], ['admin' as const]])('accepts 15 characters from a %s and refuses 14', (role) => {
      expect(GOOD_15).toHaveLength(15);
      expect(checkPassword(GOOD_15, { role })).toBeNull();
      expect(checkPassword(GOOD_15.slice(0, 14), { role })).toEqual({ kind: 'tooShort', min: 15 });
      expect(checkPassword(GOOD_10, { role })).toEqual({ kind: 'tooShort', min: 15 });
    });

    it('refuses the empty password', () => {
      expect(checkPassword('', { role: 'resident' })).toEqual({ kind: 'tooShort', min: 10 });
    });

    it('accepts 128 characters and refuses 129', () => {
      const long = 'Fietsen langs de Vecht, koffie bij de molen. '.repeat(3).slice(0, PASSWORD_MAX);
      expect(long).toHaveLength(128);
      expect(PASSWORD_MAX).toBe(128);
      expect(checkPassword(long, { role: 'resident' })).toBeNull();
      expect(checkPassword(`${long}x`, { role: 'admin' })).toEqual({ kind: 'tooLong', max: 128 });
    });

    it('counts an emoji as one character, not two UTF-16 units', () => {
      expect(emoji(9)).toHaveLength(18);
      expect(checkPassword(emoji(9), { role: 'resident' })).toEqual({ kind: 'tooShort', min: 10 });
      expect(checkPassword(emoji(10), { role: 'resident' })).toBeNull();
      expect(checkPassword(emoji(128), { role: 'resident' })).toBeNull();
      expect(checkPassword(emoji(129), { role: 'resident' })).toEqual({ kind: 'tooLong', max: 128 });
    });

    it('accepts any characters: spaces, accents and other scripts', () => {
      expect(checkPassword('één twee drie', { role: 'resident' })).toBeNull();
      expect(checkPassword('مرحبا بالجيران', { role: 'resident' })).toBeNull();
    });

    it('reports length before anything else', () => {
      expect(checkPassword('aaaaa', { role: 'resident' })).toEqual({ kind: 'tooShort', min: 10 });
      expect(checkPassword('wachtwoord', { role: 'facilitator' })).toEqual({ kind: 'tooShort', min: 15 });
    });
  });

  describe('common and guessable passwords', () => {
    it.each(['wachtwoord123', 'Wachtwoord123', 'WELKOM12345', 'PassWord123', 'Feyenoord1', 'qwertyuiop', 'Dialoog1234'])(
      'refuses the breached password %s whatever its case',
      (password) => {
        expect(checkPassword(password, { role: 'resident' })).toEqual({ kind: 'common' });
      },
    );

    it.each(['aaaaaaaaaa', 'AAAAAAAAAAAAAAAA', '🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷', 'abababababab', 'AbAbAbAbAbAb', 'zzzzzzzzz1'])(
      'refuses %s: at most two different characters',
      (password) => {
        expect(checkPassword(password, { role: 'resident' })).toEqual({ kind: 'common' });
      },
    );

    it.each(['abcdefghijk', 'ABCDEFGHIJK', 'zyxwvutsrqp', '3456789:;<', 'klmnopqrstuvwxyz'])('refuses the sequence %s', (password) => {
      expect(checkPassword(password, { role: 'resident' })).toEqual({ kind: 'common' });
    });

    it('accepts a sequence that is broken once', () => {
      expect(checkPassword('abcdefghijkm', { role: 'resident' })).toBeNull();
      expect(checkPassword('abcdefghik', { role: 'resident' })).toBeNull();
    });

    it('refuses a common password even when it is long enough for staff', () => {
      expect(checkPassword('passwordpassword', { role: 'admin' })).toEqual({ kind: 'common' });
    });
  });

  describe('personal information', () => {
    const context = { role: 'resident' as const, email: 'Jan.Jansen@Example.nl', displayName: '  Fatima Bakkali ' };

    it.each(['jan.jansen2024', 'JAN.JANSEN!!', '#jan.jansen#', 'fatima bakkali', 'Fatima Bakkali 1'])(
      'refuses %s: the e-mail name or display name with little else',
      (password) => {
        expect(checkPassword(password, context)).toEqual({ kind: 'containsPersonal' });
      },
    );

    it('does not refuse the e-mail domain', () => {
      expect(checkPassword('example.nl-fiets', context)).toBeNull();
    });

    it('accepts a long passphrase that happens to contain the name', () => {
      expect(checkPassword('jan.jansen fietst naar de markt', context)).toBeNull();
    });

    it('ignores personal parts shorter than four characters', () => {
      const short = { role: 'resident' as const, email: 'bo@voorbeeld.nl', displayName: 'Bo' };
      expect(checkPassword('bo-vlinder#7', short)).toBeNull();
    });

    it('says "common" before "personal" when both apply', () => {
      expect(checkPassword('wachtwoord123', { role: 'resident', displayName: 'wachtwoord' })).toEqual({ kind: 'common' });
    });

    it('accepts a good password without any context', () => {
      expect(checkPassword('jan.jansen2024', { role: 'resident' })).toBeNull();
    });
  });
});
