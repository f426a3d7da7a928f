import { useMutation, useQuery } from '@apollo/client/react';
import {
  AdminPlacesDocument,
  MatchingRulesDocument,
  SetMatchingBudgetDocument,
  SetMatchingRulesDocument,
  type MatchingRulesInput,
} from '../../../generated/graphql';
import { thisYear } from './usePlaceAdmin';

/** Cents as an amount to type in, e.g. 250000 → "2500,00" (what parseEuros reads back, in either language). */
export function centsToInput(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}

/** The matching rules now in force, and saving new ones. */
export function useMatchingRules() {
  const { data, loading, error, refetch } = useQuery(MatchingRulesDocument, { fetchPolicy: 'cache-and-network' });
  const [save] = useMutation(SetMatchingRulesDocument, { refetchQueries: [MatchingRulesDocument], awaitRefetchQueries: true });
  return {
    rules: data?.matchingRules ?? null,
    loading: loading && !data,
    error: data ? null : error,
    retry: () => void refetch().catch(() => undefined),
    save: async (input: MatchingRulesInput) => {
      await save({ variables: { input } });
    },
  };
}

/** Sets this year's matching budget of a neighbourhood; the list with used/left is fetched again. */
export function useSetBudget(): (neighbourhoodId: string, budgetCents: number) => Promise<void> {
  const [setBudget] = useMutation(SetMatchingBudgetDocument, { refetchQueries: [AdminPlacesDocument], awaitRefetchQueries: true });
  return async (neighbourhoodId, budgetCents) => {
    await setBudget({ variables: { input: { neighbourhoodId, year: thisYear(), budgetCents } } });
  };
}
