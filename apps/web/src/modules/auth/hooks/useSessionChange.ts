import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/** A request cancelled because its component left the page (e.g. the header's unread count at logout). */
function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * After login, registration or logout everything the viewer may see changes (`me`,
 * `viewerCanEdit`, drafts): clear the cache and refetch the active queries.
 */
export function useSessionChange(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      await client.resetStore();
    } catch (error) {
      if (!isAbort(error)) {
        throw error;
      }
    }
  }, [client]);
}
