import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  InitiativeListDocument,
  type InitiativeCardFieldsFragment,
  type InitiativeFilter,
  type InitiativeOrder,
} from '../../../generated/graphql';

export const PAGE_SIZE = 20;

export interface InitiativeListState {
  initiatives: InitiativeCardFieldsFragment[];
  totalCount: number | null;
  /** False when more initiatives match than the API counts: then totalCount means "more than". */
  totalCountIsExact: boolean;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMoreError: unknown;
  /** Index of the first item of the page loaded last by "Meer laden" (focus goes there). */
  firstNewIndex: number | null;
  loadMore: () => Promise<void>;
  retry: () => Promise<void>;
}

export interface InitiativeListQuery {
  filter?: InitiativeFilter;
  search?: string;
  orderBy?: InitiativeOrder;
}

export function useInitiativeList({ filter, search, orderBy }: InitiativeListQuery): InitiativeListState {
  const { data, loading, error, fetchMore, refetch } = useQuery(InitiativeListDocument, {
    variables: { filter, search, orderBy, first: PAGE_SIZE },
    // A changed list (search, filter, moderation elsewhere) is fetched again when revisited.
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  // Remember for which filter the index was set, so a new filter never steals focus.
  const filterKey = JSON.stringify({ filter, search, orderBy });
  const [newPage, setNewPage] = useState<{ filterKey: string; index: number } | null>(null);

  const connection = data?.initiatives;
  const initiatives = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    const endCursor = connection?.pageInfo.endCursor;
    if (!connection?.pageInfo.hasNextPage || !endCursor || loadingMore) {
      return;
    }
    const before = connection.edges.length;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { filter, search, orderBy, first: PAGE_SIZE, after: endCursor } });
      setNewPage({ filterKey, index: before });
    } catch (caught) {
      setLoadMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  const retry = async () => {
    try {
      await refetch();
    } catch {
      // The error is shown from the query state.
    }
  };

  return {
    initiatives,
    totalCount: connection?.totalCount ?? null,
    totalCountIsExact: connection?.totalCountIsExact ?? true,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !connection,
    loadingMore,
    error: connection ? null : error,
    loadMoreError,
    firstNewIndex: newPage?.filterKey === filterKey ? newPage.index : null,
    loadMore,
    retry,
  };
}
