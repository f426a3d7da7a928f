/** GeoJSON positions are [longitude, latitude]. */
type Position = readonly [number, number] | readonly number[];
type Ring = readonly Position[];

export type Boundary =
  | { readonly type: 'Polygon'; readonly coordinates: readonly Ring[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly Ring[])[] };

/** Ray casting on one ring. Points exactly on an edge may fall either way. */
function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function inPolygon(lng: number, lat: number, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  return outer !== undefined && inRing(lng, lat, outer) && !holes.some((hole) => inRing(lng, lat, hole));
}

/** Whether a point lies inside a GeoJSON Polygon or MultiPolygon (holes respected). */
export function containsPoint(boundary: Boundary, lat: number, lng: number): boolean {
  return boundary.type === 'Polygon'
    ? inPolygon(lng, lat, boundary.coordinates)
    : boundary.coordinates.some((polygon) => inPolygon(lng, lat, polygon));
}

export function isBoundary(value: unknown): value is Boundary {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  return (type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates);
}
