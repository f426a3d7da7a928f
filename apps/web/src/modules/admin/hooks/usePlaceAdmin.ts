import { useMutation, useQuery } from '@apollo/client/react';
import {
  AdminPlacesDocument,
  MunicipalityDocument,
  RetireNeighbourhoodDocument,
  RetireThemeDocument,
  SaveNeighbourhoodDocument,
  SaveThemeDocument,
  type AdminPlacesQuery,
  type NeighbourhoodInput,
  type ThemeInput,
} from '../../../generated/graphql';

export type AdminNeighbourhood = AdminPlacesQuery['municipality']['neighbourhoods'][number];
export type AdminTheme = AdminPlacesQuery['municipality']['themes'][number];

/** After a change, the admin list and the municipality (choice lists in forms and filters) are fetched again. */
const refetch = () => ({ refetchQueries: [AdminPlacesDocument, MunicipalityDocument], awaitRefetchQueries: true });

/** The year whose matching budgets the admin pages show and set. */
export function thisYear(): number {
  return new Date().getFullYear();
}

/** Neighbourhoods (with this year's matching budget) and themes, as admins manage them. */
export function useAdminPlaces() {
  const {
    data,
    loading,
    error,
    refetch: again,
  } = useQuery(AdminPlacesDocument, {
    variables: { year: thisYear() },
    fetchPolicy: 'cache-and-network',
  });
  return {
    neighbourhoods: data?.municipality.neighbourhoods ?? [],
    themes: data?.municipality.themes ?? [],
    loaded: !!data,
    loading: loading && !data,
    error: data ? null : error,
    retry: () => void again().catch(() => undefined),
  };
}

/** Add, change and retire neighbourhoods and themes; each resolves with the saved name. */
export function usePlaceMutations() {
  const [saveNeighbourhood] = useMutation(SaveNeighbourhoodDocument, refetch());
  const [retireNeighbourhood] = useMutation(RetireNeighbourhoodDocument, refetch());
  const [saveTheme] = useMutation(SaveThemeDocument, refetch());
  const [retireTheme] = useMutation(RetireThemeDocument, refetch());
  return {
    saveNeighbourhood: async (id: string | null, input: NeighbourhoodInput) =>
      (await saveNeighbourhood({ variables: { id, input } })).data?.saveNeighbourhood.name ?? input.name,
    retireNeighbourhood: async (id: string) => {
      await retireNeighbourhood({ variables: { id } });
    },
    saveTheme: async (id: string | null, input: ThemeInput) =>
      (await saveTheme({ variables: { id, input } })).data?.saveTheme.name ?? input.name,
    retireTheme: async (id: string) => {
      await retireTheme({ variables: { id } });
    },
  };
}
