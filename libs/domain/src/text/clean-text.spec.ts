import { describe, expect, it } from '@jest/globals';
import { hasForbiddenCharacters, textLength } from './clean-text.js';

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const C0_CONTROLS = [...range(0x00, 0x08), 0x0b, 0x0c, ...range(0x0e, 0x1f), 0x7f];
const BIDI_OVERRIDES = [...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];

describe('hasForbiddenCharacters', () => {
  it.each([...C0_CONTROLS, ...BIDI_OVERRIDES].map((code) => [hex(code), code] as const))(
    'refuses %s anywhere in the text',
    (_name, code) => {
      const char = String.fromCodePoint(code);
      expect(hasForbiddenCharacters(char)).toBe(true);
      expect(hasForbiddenCharacters(`${char}Speeltuin`)).toBe(true);
      expect(hasForbiddenCharacters(`Speel${char}tuin`)).toBe(true);
      expect(hasForbiddenCharacters(`Speeltuin${char}`)).toBe(true);
    },
  );

  it.each([
    ['tab', '\t'],
    ['newline', '\n'],
    ['carriage return', '\r'],
  ])('allows %s', (_name, char) => {
    expect(hasForbiddenCharacters(`Regel één${char}regel twee`)).toBe(false);
  });

  it.each([
    ['Dutch with diacritics', 'Café "De Zwaan" — één keer per maand, ’s avonds'],
    ['emoji, also joined ones', 'Buurtfeest 🎉 voor 👩‍👩‍👧 en 🐕'],
    ['Arabic', 'حديقة الحي'],
    ['right-to-left and left-to-right marks', 'abc\u200Fdef\u200E'],
    ['the empty string', ''],
  ])('allows ordinary text: %s', (_name, text) => {
    expect(hasForbiddenCharacters(text)).toBe(false);
  });

  it.each([0x2029, 0x202f, 0x2065, 0x206a, 0x20, 0x7e, 0xa0].map((code) => [hex(code), code] as const))(
    'allows %s, just outside the refused ranges',
    (_name, code) => {
      expect(hasForbiddenCharacters(`a${String.fromCodePoint(code)}b`)).toBe(false);
    },
  );

  it('gives the same answer when asked twice (no regex state between calls)', () => {
    const spoofed = 'factuur\u202Efdp.exe';
    expect(hasForbiddenCharacters(spoofed)).toBe(true);
    expect(hasForbiddenCharacters(spoofed)).toBe(true);
    expect(hasForbiddenCharacters('gewoon')).toBe(false);
    expect(hasForbiddenCharacters('gewoon')).toBe(false);
  });
});

describe('textLength', () => {
  it.each([
    ['', 0],
    ['Speeltuin', 9],
    ['één', 3],
    ['🚲', 1],
    ['Fiets 🚲🚲', 8],
    ['𝔇𝔦𝔞𝔩𝔬𝔬𝔤', 7],
  ])('counts %j as %i characters', (text, expected) => {
    expect(textLength(text)).toBe(expected);
  });

  it('counts code points, not UTF-16 units', () => {
    const bikes = '🚲'.repeat(120);
    expect(bikes.length).toBe(240);
    expect(textLength(bikes)).toBe(120);
  });

  it('counts every code point of a combined character or joined emoji', () => {
    expect(textLength('e\u0301')).toBe(2);
    expect(textLength('👩‍👩‍👧')).toBe(5);
  });
});
