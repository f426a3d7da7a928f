/**
 * C0 and C1 control characters (except tab, newline and carriage return) and bidirectional
 * overrides/isolates: refused in every text input, because they hide or reorder
 * what a reader sees.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN.test(value);
}

/** Length in characters as a reader counts them (code points), not UTF-16 units. */
export function textLength(value: string): number {
  return [...value].length;
}
