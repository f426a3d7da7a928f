export const NEED_KINDS = ['shift', 'task', 'material', 'space', 'money'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const PLEDGE_STATUSES = ['pledged', 'confirmed', 'fulfilled', 'cancelled', 'no_show'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

/** Pledges that still hold a place in the need's capacity. */
export const ACTIVE_PLEDGE_STATUSES: readonly PledgeStatus[] = ['pledged', 'confirmed'];

/** What the capacity of a need counts: people, pieces (in its unit), one space, or euro cents. */
export function capacityUnit(kind: NeedKind): 'people' | 'quantity' | 'space' | 'cents' {
  switch (kind) {
    case 'shift':
    case 'task':
      return 'people';
    case 'material':
      return 'quantity';
    case 'space':
      return 'space';
    case 'money':
      return 'cents';
  }
}
