import type { Role } from '../../../generated/graphql';

/** Municipal staff: facilitators and admins moderate, hide and answer. */
export function isStaff(role: Role | null | undefined): boolean {
  return role === 'FACILITATOR' || role === 'ADMIN';
}
