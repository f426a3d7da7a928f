import { useQuery } from '@apollo/client/react';
import { readAppError } from '../../../app/graphql-errors';
import { InitiativeDetailDocument, type InitiativeDetailFieldsFragment } from '../../../generated/graphql';

export interface InitiativeState {
  initiative: InitiativeDetailFieldsFragment | null;
  loading: boolean;
  notFound: boolean;
  error: unknown;
  retry: () => Promise<void>;
}

export function useInitiative(id: string): InitiativeState {
  // Shown from the cache at once, then refreshed: others (moderation, supporters) change it too.
  const { data, loading, error, refetch } = useQuery(InitiativeDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const initiative = data?.initiative ?? null;
  const notFound = !initiative && !!error && readAppError(error).code === 'NOT_FOUND';
  return {
    initiative,
    loading: loading && !initiative,
    notFound,
    error: initiative || notFound ? null : error,
    retry: async () => {
      try {
        await refetch();
      } catch {
        // Shown from the query state.
      }
    },
  };
}
