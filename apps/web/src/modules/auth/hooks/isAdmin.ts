import type { Role } from '../../../generated/graphql';

/** Admins manage the audit log, neighbourhoods, themes and matching. */
export function isAdmin(role: Role | null | undefined): boolean {
  return role === 'ADMIN';
}
