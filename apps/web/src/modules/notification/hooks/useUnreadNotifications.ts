import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { NotificationAddedDocument, NotificationsDocument, UnreadNotificationCountDocument } from '../../../generated/graphql';

/**
 * The unread count for the header, kept current by the `notificationAdded` subscription (which
 * also refreshes the list on /meldingen when it is open). `latest` is the newest message, to announce.
 */
export function useUnreadNotifications(): { unread: number; latest: string } {
  const { data } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  const [latest, setLatest] = useState('');
  useSubscription(NotificationAddedDocument, {
    onData: ({ client, data: event }) => {
      const notification = event.data?.notificationAdded;
      if (!notification) {
        return;
      }
      setLatest(notification.message);
      void client.refetchQueries({ include: [UnreadNotificationCountDocument, NotificationsDocument] });
    },
  });
  return { unread: data?.unreadNotificationCount ?? 0, latest };
}
