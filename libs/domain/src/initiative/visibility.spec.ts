import { describe, expect, it } from '@jest/globals';
import { INITIATIVE_STATUSES, PRIVATE_STATUSES, PUBLIC_STATUSES, type InitiativeStatus } from './initiative-status.js';
import { canSeeInitiative, type Viewer } from './visibility.js';

const AUTHOR_ID = '0b9f3c1e-6a51-4d55-9a7f-3e1f4a3d2c11';

/** Written out here, not taken from PRIVATE_STATUSES: moving a status between the lists is a privacy change. */
const NOT_YET_PUBLIC: InitiativeStatus[] = ['draft', 'submitted', 'changes_requested', 'rejected'];

type ViewerName = 'anonymous' | 'other resident' | 'author' | 'facilitator' | 'admin';
const VIEWERS: Record<ViewerName, Viewer | null> = {
  anonymous: null,
  'other resident': { userId: '7d1e2f30-0000-4000-8000-000000000002', role: 'resident' },
  author: { userId: AUTHOR_ID, role: 'resident' },
  facilitator: { userId: '7d1e2f30-0000-4000-8000-000000000003', role: 'facilitator' },
  admin: { userId: '7d1e2f30-0000-4000-8000-000000000004', role: 'admin' },
};
const VIEWER_NAMES = Object.keys(VIEWERS) as ViewerName[];

function whoSees(status: InitiativeStatus, hidden?: boolean): ViewerName[] {
  return VIEWER_NAMES.filter((name) => canSeeInitiative({ authorId: AUTHOR_ID, status, hidden }, VIEWERS[name]));
}

describe('canSeeInitiative', () => {
  it('splits the statuses into not-yet-public and public ones', () => {
    expect([...PRIVATE_STATUSES].sort()).toEqual([...NOT_YET_PUBLIC].sort());
    expect([...PUBLIC_STATUSES].sort()).toEqual(INITIATIVE_STATUSES.filter((s) => !NOT_YET_PUBLIC.includes(s)).sort());
  });

  describe.each(INITIATIVE_STATUSES.map((status) => [status]))('status %s', (status) => {
    const isPublic = !NOT_YET_PUBLIC.includes(status);

    it(isPublic ? 'is visible to everyone' : 'is visible only to the author and staff', () => {
      expect(whoSees(status)).toEqual(isPublic ? VIEWER_NAMES : ['author', 'facilitator', 'admin']);
      expect(whoSees(status, false)).toEqual(whoSees(status));
    });

    it('when hidden by a facilitator, is visible only to the author and staff', () => {
      expect(whoSees(status, true)).toEqual(['author', 'facilitator', 'admin']);
    });
  });

  it('recognises the author by id, not by role', () => {
    const staffAuthor: Viewer = { userId: AUTHOR_ID, role: 'admin' };
    const namesake: Viewer = { userId: AUTHOR_ID.toUpperCase(), role: 'resident' };
    expect(canSeeInitiative({ authorId: AUTHOR_ID, status: 'draft' }, staffAuthor)).toBe(true);
    expect(canSeeInitiative({ authorId: AUTHOR_ID, status: 'draft' }, namesake)).toBe(false);
  });
});
