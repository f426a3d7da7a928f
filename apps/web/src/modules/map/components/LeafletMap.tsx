import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMapLayers } from '../hooks/useMapLayers';
import { MAP_CONFIG } from '../mapConfig';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface MapBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface MapMarker extends LatLng {
  id: string;
  /** The marker's accessible name (and tooltip). */
  title: string;
}

export interface LeafletMapProps {
  /** Accessible name of the map region. */
  label: string;
  /** Id of a text that explains the map and its alternative. */
  describedBy?: string;
  markers: readonly MapMarker[];
  /** Makes markers buttons (click, or Enter when focused). */
  onMarkerActivate?: (id: string) => void;
  /** Called once the map is ready and after every move or zoom. */
  onBoundsChange?: (box: MapBox) => void;
  onMapClick?: (point: LatLng) => void;
  center?: LatLng;
  zoom?: number;
  className?: string;
}

const markerIcon = (interactive: boolean) =>
  L.divIcon({
    className: interactive ? 'dialoog-marker dialoog-marker--interactive' : 'dialoog-marker',
    html: '',
    iconSize: [24, 24],
    iconAnchor: [12, 12],
  });

/**
 * A Leaflet map (plain Leaflet, created and removed in an effect, so React's strict mode can mount
 * it twice). Styling comes from leaflet.css and styles.css only: no inline style attributes, so the
 * strict CSP (style-src 'self') holds. Tiles come from the municipality's `mapTileUrl`, whose origin
 * the server puts in its CSP img-src; the neighbourhood boundaries are drawn as a layer under the pins.
 */
export function LeafletMap({
  label,
  describedBy,
  markers,
  onMarkerActivate,
  onBoundsChange,
  onMapClick,
  center,
  zoom,
  className,
}: LeafletMapProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerLayerRef = useRef<L.LayerGroup | null>(null);
  // The latest callbacks, so the map is never re-created because a parent re-rendered.
  const callbacks = useRef({ onMarkerActivate, onBoundsChange, onMapClick });
  useEffect(() => {
    callbacks.current = { onMarkerActivate, onBoundsChange, onMapClick };
  });
  const initialView = useRef({ center: center ?? MAP_CONFIG.center, zoom: zoom ?? MAP_CONFIG.zoom });
  const { tileUrl, boundaries } = useMapLayers();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return undefined;
    }
    const map = L.map(container, { zoomControl: false, attributionControl: true });
    map.attributionControl.setPrefix(false);
    const markerLayer = L.layerGroup().addTo(map);
    const reportBounds = () => {
      const bounds = map.getBounds();
      callbacks.current.onBoundsChange?.({
        south: bounds.getSouth(),
        west: bounds.getWest(),
        north: bounds.getNorth(),
        east: bounds.getEast(),
      });
    };
    map.on('moveend', reportBounds);
    map.on('click', (event: L.LeafletMouseEvent) => callbacks.current.onMapClick?.({ lat: event.latlng.lat, lng: event.latlng.lng }));
    map.setView([initialView.current.center.lat, initialView.current.center.lng], initialView.current.zoom);
    mapRef.current = map;
    markerLayerRef.current = markerLayer;
    setReady(true);
    return () => {
      map.remove();
      mapRef.current = null;
      markerLayerRef.current = null;
      setReady(false);
    };
  }, []);

  // Tiles from the municipality's tile server (known once the API has answered).
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !tileUrl) {
      return undefined;
    }
    const tiles = L.tileLayer(tileUrl, { attribution: escapeHtml(MAP_CONFIG.tileAttribution), maxZoom: 19 }).addTo(map);
    tiles.bringToBack();
    return () => {
      tiles.remove();
    };
  }, [ready, tileUrl]);

  // Neighbourhood boundaries: outlines only, not interactive (the pins stay the only controls).
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || boundaries.length === 0) {
      return undefined;
    }
    const layer = L.layerGroup(
      boundaries.map((boundary) =>
        L.geoJSON(boundary.geometry, {
          interactive: false,
          style: () => ({ className: 'dialoog-boundary', color: '#245490', weight: 2, opacity: 0.8, fill: true, fillOpacity: 0.04 }),
        }),
      ),
    ).addTo(map);
    return () => {
      layer.remove();
    };
  }, [ready, boundaries]);

  // Zoom buttons in the current language.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) {
      return undefined;
    }
    const zoomControl = L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    return () => {
      zoomControl.remove();
    };
  }, [t]);

  const interactive = !!onMarkerActivate;
  useEffect(() => {
    const layer = markerLayerRef.current;
    if (!layer) {
      return;
    }
    layer.clearLayers();
    const icon = markerIcon(interactive);
    for (const marker of markers) {
      const leafletMarker = L.marker([marker.lat, marker.lng], {
        icon,
        title: marker.title,
        keyboard: interactive,
        interactive,
        riseOnHover: interactive,
      });
      if (interactive) {
        leafletMarker.on('click', () => callbacks.current.onMarkerActivate?.(marker.id));
        // Leaflet makes the marker a focusable role="button" but does not act on Enter or Space.
        leafletMarker.on('keypress', (event: L.LeafletKeyboardEvent) => {
          if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') {
            event.originalEvent.preventDefault();
            callbacks.current.onMarkerActivate?.(marker.id);
          }
        });
      }
      leafletMarker.addTo(layer);
    }
  }, [markers, interactive]);

  return (
    <div
      ref={containerRef}
      role="region"
      aria-label={label}
      aria-describedby={describedBy}
      className={['dialoog-map', className].filter(Boolean).join(' ')}
    />
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
