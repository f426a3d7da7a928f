import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationFieldsFragment,
} from '../../../generated/graphql';

export const NOTIFICATION_PAGE = 20;

export function useNotifications() {
  const { data, loading, error, fetchMore, refetch } = useQuery(NotificationsDocument, {
    variables: { first: NOTIFICATION_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [markMutation] = useMutation(MarkNotificationsReadDocument);
  const connection = data?.notifications;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const notifications: NotificationFieldsFragment[] = connection?.edges.map((edge) => edge.node) ?? [];

  /** Marks these (or, without ids, all) as read; the header's count comes from the answer. */
  const markRead = async (ids?: string[]): Promise<void> => {
    await markMutation({
      variables: { ids: ids ?? null },
      update(cache, result) {
        const unread = result.data?.markNotificationsRead;
        if (typeof unread === 'number') {
          cache.writeQuery({ query: UnreadNotificationCountDocument, data: { unreadNotificationCount: unread } });
        }
        for (const notification of notifications) {
          if (!ids || ids.includes(notification.id)) {
            cache.modify({ id: cache.identify({ __typename: 'Notification', id: notification.id }), fields: { read: () => true } });
          }
        }
      },
    });
  };

  return {
    notifications,
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !connection,
    error: connection ? null : error,
    retry: async () => {
      await refetch().catch(() => undefined);
    },
    loadMore: useCallback(async () => {
      await fetchMore({ variables: { first: NOTIFICATION_PAGE, after: endCursor } });
    }, [fetchMore, endCursor]),
    markRead,
  };
}
