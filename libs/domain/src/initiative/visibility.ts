import type { Role } from '../account/role.js';
import { isStaff } from '../account/role.js';
import { PRIVATE_STATUSES, type InitiativeStatus } from './initiative-status.js';

export interface Viewer {
  readonly userId: string;
  readonly role: Role;
}

export interface VisibleFacts {
  readonly authorId: string;
  readonly status: InitiativeStatus;
  /** Hidden by a facilitator (with a reason): only staff and the author still see it. */
  readonly hidden?: boolean;
  /** Whether it was ever published; a withdrawn initiative stays private if it never was. */
  readonly wasPublished?: boolean;
}

/**
 * The one visibility rule for initiatives. The SQL form of the same rule lives in the
 * initiative repository (`visibleTo`); a test checks the two agree for every status.
 */
export function canSeeInitiative(initiative: VisibleFacts, viewer: Viewer | null): boolean {
  const neverPublicWithdrawal = initiative.status === 'withdrawn' && initiative.wasPublished === false;
  if (!PRIVATE_STATUSES.includes(initiative.status) && !initiative.hidden && !neverPublicWithdrawal) {
    return true;
  }
  if (!viewer) {
    return false;
  }
  return isStaff(viewer.role) || viewer.userId === initiative.authorId;
}
