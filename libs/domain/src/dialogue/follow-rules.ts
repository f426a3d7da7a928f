export const FOLLOW_TARGETS = ['initiative', 'neighbourhood'] as const;
export type FollowTarget = (typeof FOLLOW_TARGETS)[number];

/**
 * Whether someone follows an initiative: its author, supporters and pledgers do automatically;
 * anyone may follow explicitly; an explicit unfollow wins over the automatic follow.
 */
export function follows(facts: { readonly automatic: boolean; readonly explicit: boolean | null }): boolean {
  return facts.explicit ?? facts.automatic;
}
