import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { useMunicipality } from '../../municipality/hooks/useMunicipality';
import { InitiativeFilters } from '../components/InitiativeFilters';
import { InitiativeList } from '../components/InitiativeList';
import { PUBLIC_STATUSES } from '../hooks/initiativeStatus';
import { useInitiativeFilters } from '../hooks/useInitiativeFilters';
import { useInitiativeList } from '../hooks/useInitiativeList';

export function InitiativeListPage() {
  const { t } = useTranslation();
  const { municipality } = useMunicipality();
  const { values, filter, setFilter, clearFilters, hasFilters } = useInitiativeFilters();
  const list = useInitiativeList(filter);

  const statusOptions = useMemo(() => PUBLIC_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })), [t]);
  const neighbourhoodOptions = useMemo(
    () => municipality?.neighbourhoods.map((n) => ({ value: n.id, label: n.name })) ?? [],
    [municipality],
  );
  const themeOptions = useMemo(() => municipality?.themes.map((theme) => ({ value: theme.id, label: theme.name })) ?? [], [municipality]);

  return (
    <>
      <PageHeading title={t('list.title')} />
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {t('list.intro', { municipality: municipality?.name ?? t('app.municipalityFallback') })}
      </p>
      <p className="dialoog-actions">
        <ButtonLink to="/initiatieven/nieuw">{t('nav.start')}</ButtonLink>
      </p>

      <InitiativeFilters
        values={values}
        statusOptions={statusOptions}
        neighbourhoodOptions={neighbourhoodOptions}
        themeOptions={themeOptions}
        hasFilters={hasFilters}
        onChange={setFilter}
        onClear={clearFilters}
      />

      <section className="dialoog-results" aria-labelledby="results-heading">
        <h2 id="results-heading" className="utrecht-heading-2">
          {t('list.resultsHeading')}
        </h2>
        <p className="utrecht-paragraph" role="status">
          {list.loading ? t('common.loading') : list.totalCount !== null ? t('list.count', { count: list.totalCount }) : ''}
        </p>
        {list.error ? <ErrorMessage error={list.error} onRetry={() => void list.retry()} /> : null}
        {!list.loading && !list.error && list.initiatives.length === 0 ? <p className="utrecht-paragraph">{t('list.empty')}</p> : null}
        {list.initiatives.length > 0 ? <InitiativeList initiatives={list.initiatives} focusIndex={list.firstNewIndex} /> : null}
        {list.loadMoreError ? <ErrorMessage error={list.loadMoreError} /> : null}
        {list.hasNextPage ? (
          <Button appearance="secondary" busy={list.loadingMore} onClick={() => void list.loadMore()}>
            {list.loadingMore ? t('list.loadingMore') : t('list.loadMore')}
          </Button>
        ) : null}
      </section>
    </>
  );
}
