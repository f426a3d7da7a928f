import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { withSearchParam } from '../../../app/search-params';
import { AuditLogDocument, type AuditFilter, type AuditLogQuery } from '../../../generated/graphql';

export type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

const PAGE_SIZE = 25;
export const PERSON_PARAM = 'persoon';
export const ITEM_PARAM = 'item';

export interface AuditLogState {
  entries: readonly AuditEntry[];
  totalCount: number | null;
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  /** Index of the first entry of the page loaded last ("Meer laden"); it takes focus. */
  newPageIndex: number | null;
  loadMore: () => Promise<void>;
  retry: () => Promise<void>;
  /** The filters, as kept in the address (`?persoon=<actorId>&item=<targetId>`). */
  actorId: string | null;
  targetId: string | null;
  setFilter: (name: typeof PERSON_PARAM | typeof ITEM_PARAM, value: string | null) => void;
}

/** The audit log, newest first, filtered by the person and item in the address; "Meer laden" appends a page. */
export function useAuditLog(): AuditLogState {
  const [params, setParams] = useSearchParams();
  const actorId = params.get(PERSON_PARAM);
  const targetId = params.get(ITEM_PARAM);
  const filter: AuditFilter = { actorId: actorId ?? undefined, targetId: targetId ?? undefined };
  const { data, loading, error, fetchMore, refetch } = useQuery(AuditLogDocument, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const filterKey = `${actorId ?? ''}|${targetId ?? ''}`;
  const [newPage, setNewPage] = useState<{ filterKey: string; index: number } | null>(null);
  const connection = data?.auditLog;

  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!connection?.pageInfo.hasNextPage || !after || loadingMore) {
      return;
    }
    const index = connection.edges.length;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({
        variables: { filter, first: PAGE_SIZE, after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditLog: { ...fetchMoreResult.auditLog, edges: [...previous.auditLog.edges, ...fetchMoreResult.auditLog.edges] },
        }),
      });
      setNewPage({ filterKey, index });
    } catch (caught) {
      setLoadMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  const setFilter = (name: typeof PERSON_PARAM | typeof ITEM_PARAM, value: string | null) => {
    setParams((current) => withSearchParam(current, name, value));
  };

  return {
    entries: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    loading: loading && !connection,
    error: connection ? null : error,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadingMore,
    loadMoreError,
    newPageIndex: newPage?.filterKey === filterKey ? newPage.index : null,
    loadMore,
    retry: async () => {
      try {
        await refetch();
      } catch {
        // Shown from the query state.
      }
    },
    actorId,
    targetId,
    setFilter,
  };
}
