import { useMutation, useQuery } from '@apollo/client/react';
import {
  NotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
  type NotificationFrequency,
  type NotificationKind,
} from '../../../generated/graphql';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'COMMENT',
  'REPLY',
  'PROGRESS_UPDATE',
  'STATUS_CHANGED',
  'RESPONSE',
  'THRESHOLD_REACHED',
  'NEW_INITIATIVE',
  'PLEDGE_CONFIRMED',
];
export const FREQUENCIES: readonly NotificationFrequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF'];

export type Preferences = Partial<Record<NotificationKind, NotificationFrequency>>;

export function useNotificationPreferences() {
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesDocument, { fetchPolicy: 'cache-and-network' });
  const [setPreference] = useMutation(SetNotificationPreferenceDocument);
  const saved: Preferences = Object.fromEntries((data?.notificationPreferences ?? []).map((p) => [p.kind, p.frequency]));
  return {
    saved: data ? saved : null,
    loading: loading && !data,
    error: data ? null : error,
    /** Saves the kinds whose frequency changed, then reads the stored settings back. */
    save: async (changes: Preferences): Promise<void> => {
      for (const kind of NOTIFICATION_KINDS) {
        const frequency = changes[kind];
        if (frequency && frequency !== saved[kind]) {
          await setPreference({ variables: { kind, frequency } });
        }
      }
      await refetch();
    },
  };
}
