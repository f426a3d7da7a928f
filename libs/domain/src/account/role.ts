export const ROLES = ['resident', 'facilitator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Staff work for the municipality; they need longer passwords and see non-public work. */
export function isStaff(role: Role): boolean {
  return role === 'facilitator' || role === 'admin';
}
