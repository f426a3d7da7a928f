/**
 * Turns what someone typed into prefix terms for Dutch full-text search: letters and digits
 * only (so no tsquery syntax gets through), at most 8 words, each matched as a prefix so that
 * "fiets" also finds "fietsenstalling".
 */
export function searchTerms(input: string): string[] {
  return (
    input
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

export function toPrefixTsQuery(terms: readonly string[]): string {
  return terms.map((term) => `${term}:*`).join(' & ');
}
