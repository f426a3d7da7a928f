import { skipToken, useQuery } from '@apollo/client/react';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { InitiativeMapDocument, type InitiativeFilter } from '../../../generated/graphql';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextLink } from '../../../ui/TextLink';
import { LeafletMap, type MapBox, type MapMarker } from '../../map/components/LeafletMap';
import { StatusBadge } from './StatusBadge';

/** At most this many pins at once (the API's page limit); zooming in shows the rest. */
export const MAP_PAGE_SIZE = 100;

export interface InitiativeMapViewProps {
  filter: InitiativeFilter;
  search: string | undefined;
}

/**
 * The map of initiatives with a place, for the part of the map in view (bounding box), with the
 * same search and filters as the list. Under the map the same initiatives are listed as links:
 * the alternative for keyboard and screen reader users.
 */
export function InitiativeMapView({ filter, search }: InitiativeMapViewProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hintId = useId();
  const [box, setBox] = useState<MapBox | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(
    InitiativeMapDocument,
    box ? { variables: { filter: { ...filter, box }, search, first: MAP_PAGE_SIZE } } : skipToken,
  );
  const connection = (data ?? previousData)?.initiatives;
  const initiatives = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const markers = useMemo<MapMarker[]>(
    () =>
      initiatives.flatMap((initiative) =>
        initiative.location
          ? [{ id: initiative.id, title: initiative.title, lat: initiative.location.lat, lng: initiative.location.lng }]
          : [],
      ),
    [initiatives],
  );
  const openInitiative = useCallback((id: string) => void navigate(`/initiatieven/${encodeURIComponent(id)}`), [navigate]);

  return (
    <div className="dialoog-map-view">
      <p id={hintId} className="utrecht-paragraph">
        {t('list.mapHint')}
      </p>
      <LeafletMap
        label={t('list.mapLabel')}
        describedBy={hintId}
        markers={markers}
        onMarkerActivate={openInitiative}
        onBoundsChange={setBox}
        cluster
      />
      <h3 className="utrecht-heading-3 dialoog-map-view__heading">{t('list.onMapHeading')}</h3>
      <p className="utrecht-paragraph" role="status">
        {loading && !connection
          ? t('common.loading')
          : connection
            ? t(connection.totalCountIsExact ? 'list.onMapCount' : 'countMore.map', { count: connection.totalCount })
            : ''}
      </p>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch().catch(() => undefined)} /> : null}
      {connection && connection.totalCount === 0 ? <p className="utrecht-paragraph">{t('list.onMapEmpty')}</p> : null}
      {initiatives.length > 0 ? (
        <ul className="utrecht-unordered-list dialoog-map-list">
          {initiatives.map((initiative) => (
            <li key={initiative.id} className="utrecht-unordered-list__item">
              <TextLink to={`/initiatieven/${encodeURIComponent(initiative.id)}`}>{initiative.title}</TextLink>{' '}
              <StatusBadge status={initiative.status} />
            </li>
          ))}
        </ul>
      ) : null}
      {connection && connection.totalCount > initiatives.length ? (
        <p className="utrecht-paragraph">{t('list.onMapMore', { count: initiatives.length })}</p>
      ) : null}
    </div>
  );
}
