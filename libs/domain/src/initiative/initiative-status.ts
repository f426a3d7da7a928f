export const INITIATIVE_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'rejected',
  'published',
  'under_review',
  'adopted',
  'declined',
  'in_progress',
  'completed',
  'withdrawn',
  'expired',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Statuses that only the author and staff may see; everything else is public. */
export const PRIVATE_STATUSES: readonly InitiativeStatus[] = ['draft', 'submitted', 'changes_requested', 'rejected'];
export const PUBLIC_STATUSES: readonly InitiativeStatus[] = INITIATIVE_STATUSES.filter((status) => !PRIVATE_STATUSES.includes(status));

export const INITIATIVE_LIMITS = {
  titleMin: 5,
  titleMax: 120,
  summaryMax: 280,
  descriptionMax: 10_000,
} as const;
