import { describe, expect, it } from '@jest/globals';
import { csvCell, csvRow } from './csv-cell.js';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
  ])('neutralises the formula %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes separators, quotes and line breaks, and leaves plain text and numbers alone', () => {
    expect(csvCell('Bankjes, bomen')).toBe('"Bankjes, bomen"');
    expect(csvCell('Zeg "hoi"')).toBe('"Zeg ""hoi"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('Moestuin')).toBe('Moestuin');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(null)).toBe('');
  });

  it('builds a row', () => {
    expect(csvRow(['a', 1, '=1+1', null])).toBe("a,1,'=1+1,");
  });
});
