import { useQuery } from '@apollo/client/react';
import { CurrentUserDocument, type CurrentUserQuery } from '../../../generated/graphql';

export type CurrentUser = NonNullable<CurrentUserQuery['me']>;

/** The logged-in user, or null for a visitor. */
export function useCurrentUser(): { user: CurrentUser | null; loading: boolean } {
  const { data, loading } = useQuery(CurrentUserDocument);
  return { user: data?.me ?? null, loading: loading && !data };
}
