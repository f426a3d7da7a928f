import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * After login, registration or logout everything the viewer may see changes (`me`,
 * `viewerCanEdit`, drafts): clear the cache and refetch the active queries.
 */
export function useSessionChange(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.resetStore();
  }, [client]);
}
