import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeafletMapProps } from './LeafletMap';

const LeafletMap = lazy(() => import('./LeafletMap').then((module) => ({ default: module.LeafletMap })));

/** LeafletMap, with Leaflet and its CSS loaded only when a map is shown. */
export function LazyLeafletMap(props: LeafletMapProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="utrecht-paragraph dialoog-map dialoog-map--loading">{t('common.loading')}</p>}>
      <LeafletMap {...props} />
    </Suspense>
  );
}
