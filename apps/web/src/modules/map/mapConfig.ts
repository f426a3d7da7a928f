/**
 * Map settings fixed at build time (VITE_* variables); the defaults suit the demo municipality.
 * The tile URL is not among them: it comes from the API (`municipality.mapTileUrl`), see useMapLayers.
 */
export interface MapConfig {
  tileAttribution: string;
  center: { lat: number; lng: number };
  zoom: number;
}

const DEFAULT_ATTRIBUTION = '© OpenStreetMap';
const DEFAULT_CENTER = { lat: 52.1, lng: 5.11 };
const DEFAULT_ZOOM = 13;

function parseCenter(raw: string | undefined): { center: { lat: number; lng: number }; zoom: number } {
  const [lat, lng, zoom] = (raw ?? '').split(',').map((part) => Number(part.trim()));
  if (
    lat !== undefined &&
    lng !== undefined &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  ) {
    return { center: { lat, lng }, zoom: zoom !== undefined && Number.isInteger(zoom) && zoom >= 1 && zoom <= 19 ? zoom : DEFAULT_ZOOM };
  }
  return { center: DEFAULT_CENTER, zoom: DEFAULT_ZOOM };
}

export const MAP_CONFIG: MapConfig = {
  tileAttribution: import.meta.env.VITE_TILE_ATTRIBUTION || DEFAULT_ATTRIBUTION,
  ...parseCenter(import.meta.env.VITE_MAP_CENTER),
};
