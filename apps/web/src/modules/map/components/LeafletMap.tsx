import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMapLayers } from '../hooks/useMapLayers';
import { L } from '../leafletWithCluster';
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
  /** Where the map opens; when it changes to a place out of view, the map moves there. */
  center?: LatLng;
  zoom?: number;
  /** Groups nearby markers into one numbered button (zooms in when used). */
  cluster?: boolean;
  className?: string;
}

const markerIcon = (interactive: boolean) =>
  L.divIcon({
    className: interactive ? 'dialoog-marker dialoog-marker--interactive' : 'dialoog-marker',
    html: '',
    iconSize: [24, 24],
    iconAnchor: [12, 12],
  });

/** The deepest zoom (tile servers serve up to 19); the clustering needs to know it. */
const MAX_ZOOM = 19;

const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A Leaflet map (plain Leaflet, created and removed in an effect, so React's strict mode can mount
 * it twice). Styling comes from leaflet.css, the markercluster CSS and styles.css only: no inline
 * style attributes (Leaflet positions through the CSSOM, which the CSP allows), so the strict CSP
 * (style-src 'self') holds. Tiles come from the municipality's `mapTileUrl`, whose origin the server
 * puts in its CSP img-src; the neighbourhood boundaries, with their names, are a layer under the pins
 * that a checkbox under the map turns off and on.
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
  cluster = false,
  className,
}: LeafletMapProps) {
  const { t } = useTranslation();
  const boundariesToggleId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerLayerRef = useRef<L.LayerGroup | null>(null);
  // The cluster icons are built by the plugin, later: they read the current translation from here.
  const translate = useRef(t);
  // The latest callbacks, so the map is never re-created because a parent re-rendered.
  const callbacks = useRef({ onMarkerActivate, onBoundsChange, onMapClick });
  useEffect(() => {
    callbacks.current = { onMarkerActivate, onBoundsChange, onMapClick };
  });
  const initialView = useRef({ center: center ?? MAP_CONFIG.center, zoom: zoom ?? MAP_CONFIG.zoom });
  const { tileUrl, boundaries } = useMapLayers();
  const [ready, setReady] = useState(false);
  const [showBoundaries, setShowBoundaries] = useState(true);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return undefined;
    }
    const map = L.map(container, { zoomControl: false, attributionControl: true, maxZoom: MAX_ZOOM });
    map.attributionControl.setPrefix(false);
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
    // After setView: the cluster layer needs the map's view (and its maxZoom) when it is added.
    const markerLayer = (
      cluster
        ? L.markerClusterGroup({
            iconCreateFunction: (group) => clusterIcon(group.getChildCount(), translate.current),
            showCoverageOnHover: false,
            animate: !prefersReducedMotion(),
          }).on('clusterkeypress', (event) => {
            // The plugin zooms in on Enter; a button also answers to Space. Its cluster events carry the cluster.
            const { originalEvent, layer } = event as unknown as { originalEvent: KeyboardEvent; layer: L.MarkerCluster };
            if (originalEvent.key === ' ') {
              originalEvent.preventDefault();
              layer.zoomToBounds();
            }
          })
        : L.layerGroup()
    ).addTo(map);
    mapRef.current = map;
    markerLayerRef.current = markerLayer;
    setReady(true);
    return () => {
      map.remove();
      mapRef.current = null;
      markerLayerRef.current = null;
      setReady(false);
    };
  }, [cluster]);

  // A new place to show (a chosen address, typed coordinates): move there when it is out of view.
  const centerLat = center?.lat;
  const centerLng = center?.lng;
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || centerLat === undefined || centerLng === undefined) {
      return;
    }
    if (!map.getBounds().contains([centerLat, centerLng])) {
      map.panTo([centerLat, centerLng], { animate: !prefersReducedMotion() });
    }
  }, [ready, centerLat, centerLng]);

  // Tiles from the municipality's tile server (known once the API has answered).
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !tileUrl) {
      return undefined;
    }
    const tiles = L.tileLayer(tileUrl, { attribution: escapeHtml(MAP_CONFIG.tileAttribution), maxZoom: MAX_ZOOM }).addTo(map);
    tiles.bringToBack();
    return () => {
      tiles.remove();
    };
  }, [ready, tileUrl]);

  // Neighbourhood boundaries: outlines with their names, not interactive (the pins stay the only controls).
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || boundaries.length === 0 || !showBoundaries) {
      return undefined;
    }
    const layer = L.layerGroup(
      boundaries.map((boundary) =>
        L.geoJSON(boundary.geometry, {
          interactive: false,
          style: () => ({ className: 'dialoog-boundary', color: '#245490', weight: 2, opacity: 0.8, fill: true, fillOpacity: 0.04 }),
        }).bindTooltip(escapeHtml(boundary.name), {
          permanent: true,
          direction: 'center',
          opacity: 1,
          className: 'dialoog-boundary-label',
        }),
      ),
    ).addTo(map);
    return () => {
      layer.remove();
    };
  }, [ready, boundaries, showBoundaries]);

  // Zoom buttons in the current language.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) {
      return undefined;
    }
    const zoomControl = L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    translate.current = t;
    const layer = markerLayerRef.current;
    if (layer instanceof L.MarkerClusterGroup) {
      layer.refreshClusters();
    }
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
    const leafletMarkers: L.Marker[] = [];
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
      leafletMarkers.push(leafletMarker);
    }
    if (layer instanceof L.MarkerClusterGroup) {
      layer.addLayers(leafletMarkers); // in one go: the plugin clusters a batch much faster than one by one
    } else {
      leafletMarkers.forEach((leafletMarker) => leafletMarker.addTo(layer));
    }
  }, [markers, interactive, ready]);

  return (
    <>
      <div
        ref={containerRef}
        role="region"
        aria-label={label}
        aria-describedby={describedBy}
        className={['dialoog-map', className].filter(Boolean).join(' ')}
      />
      {boundaries.length > 0 ? (
        <div className="dialoog-map__options">
          <input
            id={boundariesToggleId}
            type="checkbox"
            className="dialoog-checkbox utrecht-checkbox utrecht-checkbox--html-input"
            checked={showBoundaries}
            onChange={(event) => setShowBoundaries(event.target.checked)}
          />
          <label htmlFor={boundariesToggleId} className="dialoog-check-label">
            {t('map.showBoundaries')}
          </label>
        </div>
      ) : null}
    </>
  );
}

/** A group of markers: a round button with the number, named for screen readers ("12 initiatives here …"). */
function clusterIcon(count: number, t: (key: 'map.clusterLabel', options: { count: number }) => string): L.DivIcon {
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  return L.divIcon({
    className: `marker-cluster marker-cluster-${size}`,
    html: `<div><span aria-hidden="true">${count}</span></div><span class="dialoog-visually-hidden">${escapeHtml(t('map.clusterLabel', { count }))}</span>`,
    iconSize: [40, 40],
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
