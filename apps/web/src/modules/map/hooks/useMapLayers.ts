import { useQuery } from '@apollo/client/react';
import type { GeoJsonObject } from 'geojson';
import { useMemo } from 'react';
import { MapLayersDocument } from '../../../generated/graphql';

export interface NeighbourhoodBoundary {
  id: string;
  name: string;
  geometry: GeoJsonObject;
}

function isPolygon(value: unknown): value is GeoJsonObject {
  if (!value || typeof value !== 'object') {
    return false;
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  return (type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates);
}

/**
 * What the maps draw besides pins: the municipality's tile URL (its origin is in the server's CSP
 * img-src) and the neighbourhood boundaries; and the address search URL template (its origin is in
 * the CSP connect-src), null when the server has none. The URLs are null until the API has answered.
 */
export function useMapLayers(): { tileUrl: string | null; geocoderUrl: string | null; boundaries: NeighbourhoodBoundary[] } {
  const { data } = useQuery(MapLayersDocument);
  const neighbourhoods = data?.municipality.neighbourhoods;
  const boundaries = useMemo(
    () => (neighbourhoods ?? []).flatMap((n) => (isPolygon(n.boundary) ? [{ id: n.id, name: n.name, geometry: n.boundary }] : [])),
    [neighbourhoods],
  );
  return { tileUrl: data?.municipality.mapTileUrl ?? null, geocoderUrl: data?.municipality.geocoderUrl ?? null, boundaries };
}
