export interface MatchingRules {
  /** Euros added per euro pledged (1 = €1 per €1). */
  readonly moneyRatio: number;
  /** Value of one delivered volunteer hour, in cents. */
  readonly hourlyRateCents: number;
  /** Most the municipality adds to one initiative, in cents. */
  readonly capPerInitiativeCents: number;
}

export type MatchBasis = { readonly kind: 'money'; readonly cents: number } | { readonly kind: 'hours'; readonly hours: number };

/**
 * What the municipality adds for one confirmed money pledge or one fulfilled volunteer
 * pledge: the rule's value, limited by what is left under the initiative's cap and in the
 * neighbourhood's budget. Whole cents, rounded down; never negative.
 */
export function matchAmount(basis: MatchBasis, rules: MatchingRules, alreadyMatchedForInitiative: number, budgetLeftCents: number): number {
  const value = basis.kind === 'money' ? basis.cents * rules.moneyRatio : basis.hours * rules.hourlyRateCents;
  const capLeft = rules.capPerInitiativeCents - alreadyMatchedForInitiative;
  return Math.max(0, Math.floor(Math.min(value, capLeft, budgetLeftCents)));
}
