/** One address found by the geocoder. */
export interface AddressMatch {
  id: string;
  /** The address as the geocoder writes it, e.g. "Stationsplein 1, 3511ED Utrecht". */
  name: string;
  lat: number;
  lng: number;
}

/** At most this many matches are shown, whatever the geocoder sends. */
export const MAX_ADDRESS_MATCHES = 10;

/** The request URL: the server's template with the typed address in place of `{query}`. */
export function geocoderRequestUrl(template: string, query: string): string {
  return template.replace('{query}', encodeURIComponent(query.trim()));
}

/** `POINT(5.1104 52.0894)` (WKT, longitude first) → lat/lng, or null. */
function parsePoint(wkt: unknown): { lat: number; lng: number } | null {
  if (typeof wkt !== 'string') {
    return null;
  }
  const match = /^\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)\s*$/i.exec(wkt);
  if (!match) {
    return null;
  }
  const lng = Number(match[1]);
  const lat = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}

/**
 * The matches in an answer shaped like the PDOK Locatieserver's
 * (`{ response: { docs: [{ id, weergavenaam, centroide_ll: "POINT(lng lat)" }] } }`); entries without a
 * name or a readable point are skipped, anything else yields no matches.
 */
export function parseGeocoderAnswer(body: unknown): AddressMatch[] {
  const docs = (body as { response?: { docs?: unknown } } | null)?.response?.docs;
  if (!Array.isArray(docs)) {
    return [];
  }
  const matches: AddressMatch[] = [];
  for (const [index, doc] of docs.entries()) {
    const { id, weergavenaam, centroide_ll } = (doc ?? {}) as { id?: unknown; weergavenaam?: unknown; centroide_ll?: unknown };
    const point = parsePoint(centroide_ll);
    if (typeof weergavenaam === 'string' && weergavenaam.trim() && point) {
      matches.push({ id: typeof id === 'string' && id ? id : String(index), name: weergavenaam.trim(), ...point });
    }
    if (matches.length === MAX_ADDRESS_MATCHES) {
      break;
    }
  }
  return matches;
}
