import type { ApolloCache, Reference } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import {
  NotificationAddedDocument,
  NotificationFieldsFragmentDoc,
  UnreadNotificationCountDocument,
  type NotificationFieldsFragment,
} from '../../../generated/graphql';

interface CachedNotifications {
  readonly totalCount: number;
  readonly edges: readonly unknown[];
}

/**
 * Writes a notification that just arrived into the cache: one more unread, and first in the list on
 * /meldingen when that is loaded — without fetching again, so pages loaded with "Meer laden" (and the
 * focus in them) stay where they are.
 */
function addToCache(cache: ApolloCache, notification: NotificationFieldsFragment): void {
  const node = cache.writeFragment({ fragment: NotificationFieldsFragmentDoc, data: notification });
  cache.modify({
    fields: {
      unreadNotificationCount: (count: number) => count + 1,
      notifications: (existing: CachedNotifications | Reference) => {
        if (!node || !('edges' in existing)) {
          return existing;
        }
        // Paging continues from pageInfo.endCursor; an edge's own cursor is not used.
        const edge = { __typename: 'NotificationEdge', cursor: '', node };
        return { ...existing, totalCount: existing.totalCount + 1, edges: [edge, ...existing.edges] };
      },
    },
  });
}

/**
 * The unread count for the header, kept current by the `notificationAdded` subscription (which
 * also puts the new one on /meldingen when it is open). `latest` is the newest message, to announce.
 */
export function useUnreadNotifications(): { unread: number; latest: string } {
  const { data } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  const [latest, setLatest] = useState('');
  useSubscription(NotificationAddedDocument, {
    onData: ({ client, data: event }) => {
      const notification = event.data?.notificationAdded;
      if (notification) {
        setLatest(notification.message);
        addToCache(client.cache, notification);
      }
    },
  });
  return { unread: data?.unreadNotificationCount ?? 0, latest };
}
