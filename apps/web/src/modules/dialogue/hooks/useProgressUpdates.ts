import { useMutation, useQuery } from '@apollo/client/react';
import {
  InitiativeProgressUpdatesDocument,
  PostProgressUpdateDocument,
  type ProgressUpdateFieldsFragment,
} from '../../../generated/graphql';

export function useProgressUpdates(initiativeId: string): {
  updates: ProgressUpdateFieldsFragment[];
  error: unknown;
  post: (title: string, body: string) => Promise<void>;
} {
  const { data, error, refetch } = useQuery(InitiativeProgressUpdatesDocument, {
    variables: { id: initiativeId },
    fetchPolicy: 'cache-and-network',
  });
  const [postMutation] = useMutation(PostProgressUpdateDocument);
  const updates = data?.initiative?.progressUpdates ?? [];
  return {
    // Newest first, like a news list.
    updates: [...updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    error: data ? null : error,
    post: async (title, body) => {
      await postMutation({ variables: { initiativeId, input: { title, body } } });
      await refetch();
    },
  };
}
