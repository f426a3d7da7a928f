import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  AddCommentDocument,
  DeleteCommentDocument,
  EditCommentDocument,
  InitiativeCommentsDocument,
  type TopCommentFieldsFragment,
} from '../../../generated/graphql';

/** Top-level comments per page ("Meer reacties laden"); the API allows at most 100 at once. */
export const COMMENT_PAGE = 20;
const PAGE_MAX = 100;

/** The API's limit for one comment (COMMENT_LIMITS.bodyMax). */
export const COMMENT_MAX_LENGTH = 2000;

/**
 * Fetches the comments shown so far again in one request (new comments and replies, removals),
 * replacing the cached list: used after posting and when a live event says a comment was added.
 */
export async function refreshComments(client: ApolloClient, initiativeId: string): Promise<void> {
  const cached = client.readQuery({ query: InitiativeCommentsDocument, variables: { id: initiativeId } });
  const shown = cached?.initiative?.comments.edges.length ?? 0;
  await client.query({
    query: InitiativeCommentsDocument,
    variables: { id: initiativeId, first: Math.min(PAGE_MAX, Math.max(COMMENT_PAGE, shown + 1)) },
    fetchPolicy: 'network-only',
  });
}

export interface CommentsState {
  comments: TopCommentFieldsFragment[];
  totalCount: number;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore: () => Promise<void>;
  refresh: () => Promise<void>;
}

export function useComments(initiativeId: string): CommentsState {
  const client = useApolloClient();
  const { data, loading, error, fetchMore } = useQuery(InitiativeCommentsDocument, {
    variables: { id: initiativeId, first: COMMENT_PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const connection = data?.initiative?.comments;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const loadMore = useCallback(async () => {
    await fetchMore({ variables: { first: COMMENT_PAGE, after: endCursor } });
  }, [fetchMore, endCursor]);
  const refresh = useCallback(() => refreshComments(client, initiativeId), [client, initiativeId]);
  return {
    comments: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !connection,
    error: connection ? null : error,
    loadMore,
    refresh,
  };
}

/** Post, change and remove comments; every change refreshes the thread shown. */
export function useCommentMutations(initiativeId: string) {
  const client = useApolloClient();
  const [add] = useMutation(AddCommentDocument);
  const [edit] = useMutation(EditCommentDocument);
  const [remove] = useMutation(DeleteCommentDocument);
  return {
    add: async (body: string, parentId?: string): Promise<string> => {
      const result = await add({ variables: { initiativeId, input: { body, parentId: parentId ?? null } } });
      await refreshComments(client, initiativeId);
      return result.data?.addComment.id ?? '';
    },
    edit: async (id: string, body: string): Promise<void> => {
      await edit({ variables: { id, input: { body } } });
    },
    remove: async (id: string): Promise<void> => {
      await remove({ variables: { id } });
      await refreshComments(client, initiativeId);
    },
  };
}
