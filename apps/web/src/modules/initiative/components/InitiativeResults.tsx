import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useInitiativeList, type InitiativeListQuery } from '../hooks/useInitiativeList';
import { InitiativeList } from './InitiativeList';

export interface InitiativeResultsProps extends InitiativeListQuery {
  emptyText: string;
}

/** The count (announced), the cards and "Meer laden" for one query. */
export function InitiativeResults({ emptyText, ...query }: InitiativeResultsProps) {
  const { t } = useTranslation();
  const list = useInitiativeList(query);
  const { search } = query;
  const countText =
    list.totalCount === null
      ? ''
      : search
        ? t(list.totalCountIsExact ? 'list.countSearch' : 'countMore.search', { count: list.totalCount, search })
        : t(list.totalCountIsExact ? 'list.count' : 'countMore.list', { count: list.totalCount });
  return (
    <>
      {/* role="status" is a polite live region: the new count is read out after every search or filter. */}
      <p className="utrecht-paragraph" role="status">
        {list.loading ? t('common.loading') : countText}
      </p>
      {list.error ? <ErrorMessage error={list.error} onRetry={() => void list.retry()} /> : null}
      {!list.loading && !list.error && list.initiatives.length === 0 ? <p className="utrecht-paragraph">{emptyText}</p> : null}
      {list.initiatives.length > 0 ? <InitiativeList initiatives={list.initiatives} focusIndex={list.firstNewIndex} /> : null}
      {list.loadMoreError ? <ErrorMessage error={list.loadMoreError} /> : null}
      {list.hasNextPage ? (
        <Button appearance="secondary" busy={list.loadingMore} onClick={() => void list.loadMore()}>
          {list.loadingMore ? t('list.loadingMore') : t('list.loadMore')}
        </Button>
      ) : null}
    </>
  );
}
