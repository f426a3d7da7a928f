import { checkPassword, type PasswordProblem, type Role } from '#domain';
import { badInput, type FieldError } from '../../common/errors/app-error.js';

export function passwordFieldError(problem: PasswordProblem, field = 'password'): FieldError {
  switch (problem.kind) {
    case 'tooShort':
      return { field, key: 'password.tooShort', params: { min: problem.min } };
    case 'tooLong':
      return { field, key: 'password.tooLong', params: { max: problem.max } };
    case 'common':
      return { field, key: 'password.common' };
    case 'containsPersonal':
      return { field, key: 'password.containsPersonal' };
  }
}

/**
 * Throws a field error when the password breaks the policy for this person's role; otherwise
 * tells whether it would also do for staff (kept, so a later role change can be checked).
 */
export function assertPasswordAllowed(
  password: string,
  person: { role: Role; email: string; displayName: string },
  field = 'password',
): { fitsStaff: boolean } {
  const problem = checkPassword(password, person);
  if (problem) {
    throw badInput([passwordFieldError(problem, field)]);
  }
  return { fitsStaff: checkPassword(password, { ...person, role: 'facilitator' }) === null };
}

/** E-mail addresses are compared without case and surrounding spaces. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
