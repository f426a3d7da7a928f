import { COMMON_PASSWORDS } from './common-passwords.js';
import type { Role } from './role.js';
import { isStaff } from './role.js';

export const PASSWORD_MIN_RESIDENT = 10;
export const PASSWORD_MIN_STAFF = 15;
export const PASSWORD_MAX = 128;

export type PasswordProblem =
  { kind: 'tooShort'; min: number } | { kind: 'tooLong'; max: number } | { kind: 'common' } | { kind: 'containsPersonal' };

export interface PasswordContext {
  readonly role: Role;
  readonly email?: string;
  readonly displayName?: string;
}

export function minimumPasswordLength(role: Role): number {
  return isStaff(role) ? PASSWORD_MIN_STAFF : PASSWORD_MIN_RESIDENT;
}

/**
 * NIST 800-63B style: length (counted in characters, not bytes), any characters allowed,
 * refuse known and trivially guessable passwords. Returns the first problem, or null.
 */
export function checkPassword(password: string, context: PasswordContext): PasswordProblem | null {
  const length = [...password].length;
  const min = minimumPasswordLength(context.role);
  if (length < min) {
    return { kind: 'tooShort', min };
  }
  if (length > PASSWORD_MAX) {
    return { kind: 'tooLong', max: PASSWORD_MAX };
  }
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || isRepetitive(lower) || isSequence(lower)) {
    return { kind: 'common' };
  }
  const personal = [context.email?.split('@')[0], context.displayName]
    .map((part) => part?.toLowerCase().trim())
    .filter((part): part is string => part !== undefined && part.length >= 4);
  if (personal.some((part) => lower.includes(part) && lower.length - part.length < 6)) {
    return { kind: 'containsPersonal' };
  }
  return null;
}

function isRepetitive(value: string): boolean {
  return new Set(value).size <= 2;
}

function isSequence(value: string): boolean {
  const codes = [...value].map((c) => c.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, i) => code - codes[i]));
  return steps.size === 1 && [...steps].every((step) => Math.abs(step) === 1);
}
