import type { InitiativeStatus } from '../../../generated/graphql';

/** Statuses that visitors can see in the public list (the filter offers these). */
export const PUBLIC_STATUSES: readonly InitiativeStatus[] = [
  'PUBLISHED',
  'UNDER_REVIEW',
  'ADOPTED',
  'DECLINED',
  'IN_PROGRESS',
  'COMPLETED',
  'EXPIRED',
];

export const ALL_STATUSES: readonly InitiativeStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'CHANGES_REQUESTED',
  'REJECTED',
  ...PUBLIC_STATUSES,
  'WITHDRAWN',
];

/** The author may submit (again) in these statuses. */
export const SUBMITTABLE_STATUSES: readonly InitiativeStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];

export function isInitiativeStatus(value: unknown): value is InitiativeStatus {
  return typeof value === 'string' && (ALL_STATUSES as readonly string[]).includes(value);
}

/** The author may withdraw (with a reason) in these statuses (libs/domain lifecycle). */
export const WITHDRAWABLE_STATUSES: readonly InitiativeStatus[] = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'UNDER_REVIEW'];
