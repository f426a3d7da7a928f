import { describe, expect, it } from '@jest/globals';
import { searchTerms, toPrefixTsQuery } from './search-terms.js';

describe('searchTerms', () => {
  it('splits on anything that is not a letter or digit and lower-cases', () => {
    expect(searchTerms('Speeltuin  Oost-Wijk, 2025!')).toEqual(['speeltuin', 'oost', 'wijk', '2025']);
  });

  it('keeps letters with diacritics whole, also when typed decomposed', () => {
    expect(searchTerms('Één café')).toEqual(['één', 'café']);
    expect(searchTerms('E\u0301e\u0301n cafe\u0301')).toEqual(['één', 'café']);
  });

  it('lets no tsquery syntax through', () => {
    const terms = searchTerms("fiets & !boom | (zon:*) <-> 'x'");
    expect(terms).toEqual(['fiets', 'boom', 'zon', 'x']);
    for (const term of terms) {
      expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
    }
  });

  it('returns nothing for blank or punctuation-only input', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('!?&|:*()')).toEqual([]);
  });

  it('keeps at most the first eight words', () => {
    expect(searchTerms('een twee drie vier vijf zes zeven acht negen tien')).toEqual([
      'een',
      'twee',
      'drie',
      'vier',
      'vijf',
      'zes',
      'zeven',
      'acht',
    ]);
  });
});

describe('toPrefixTsQuery', () => {
  it('matches every term as a prefix, all of them required', () => {
    expect(toPrefixTsQuery(['fiets', 'oost'])).toBe('fiets:* & oost:*');
    expect(toPrefixTsQuery(['fiets'])).toBe('fiets:*');
  });

  it('is empty for no terms', () => {
    expect(toPrefixTsQuery([])).toBe('');
  });
});
