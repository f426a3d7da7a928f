import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../ui/ButtonLink';
import { PageHeading } from '../../../ui/PageHeading';
import { useMunicipality } from '../../municipality/hooks/useMunicipality';
import { InitiativeFilters } from '../components/InitiativeFilters';
import { InitiativeResults } from '../components/InitiativeResults';
import { InitiativeSearch } from '../components/InitiativeSearch';
import { SortSelect } from '../components/SortSelect';
import { ViewToggle } from '../components/ViewToggle';
import { PUBLIC_STATUSES } from '../hooks/initiativeStatus';
import { useInitiativeFilters } from '../hooks/useInitiativeFilters';

// Leaflet is loaded only when someone opens the map.
const InitiativeMapView = lazy(() => import('../components/InitiativeMapView').then((module) => ({ default: module.InitiativeMapView })));

export function InitiativeListPage() {
  const { t } = useTranslation();
  const { municipality } = useMunicipality();
  const { values, filter, search, orderBy, setFilter, setSearch, setSort, setView, clearFilters, hasFilters } = useInitiativeFilters();
  const showMap = values.view === 'kaart';

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

      <InitiativeSearch key={values.search} initialValue={values.search} onSearch={setSearch} />

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
        <div className="dialoog-results__tools">
          <ViewToggle view={values.view} onChange={setView} />
          {showMap ? null : <SortSelect value={values.sort} searching={!!search} onChange={setSort} />}
        </div>
        {showMap ? (
          <Suspense
            fallback={
              <p className="utrecht-paragraph" role="status">
                {t('common.loading')}
              </p>
            }
          >
            <InitiativeMapView filter={filter} search={search} />
          </Suspense>
        ) : (
          <InitiativeResults
            filter={filter}
            search={search}
            orderBy={orderBy}
            emptyText={search ? t('list.emptySearch', { search }) : t('list.empty')}
          />
        )}
      </section>
    </>
  );
}
