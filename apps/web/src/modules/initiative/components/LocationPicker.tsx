import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { AddressSearch } from '../../map/components/AddressSearch';
import { LazyLeafletMap } from '../../map/components/LazyLeafletMap';
import type { MapMarker } from '../../map/components/LeafletMap';
import { useMapLayers } from '../../map/hooks/useMapLayers';
import { formatCoordinate, parseCoordinate } from '../hooks/validateInitiative';

export interface LocationPickerProps {
  lat: string;
  lng: string;
  latError?: string;
  lngError?: string;
  latId: string;
  lngId: string;
  onChange: (lat: string, lng: string) => void;
}

/**
 * "Plaats een speld": click on the map, or type the coordinates (the keyboard and screen reader
 * way), or — when the server has a geocoder — search an address and choose it. The coordinate
 * fields stay the source of truth; the map shows the pin they describe.
 */
export function LocationPicker({ lat, lng, latError, lngError, latId, lngId, onChange }: LocationPickerProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const { geocoderUrl } = useMapLayers();
  const latValue = parseCoordinate(lat);
  const lngValue = parseCoordinate(lng);
  const valid = latValue !== null && lngValue !== null && Math.abs(latValue) <= 90 && Math.abs(lngValue) <= 180;
  const pinLat = valid ? latValue : null;
  const pinLng = valid ? lngValue : null;
  const markers = useMemo<MapMarker[]>(
    () => (pinLat !== null && pinLng !== null ? [{ id: 'pin', title: t('create.pinTitle'), lat: pinLat, lng: pinLng }] : []),
    [pinLat, pinLng, t],
  );
  return (
    <fieldset className="dialoog-location" aria-describedby={hintId}>
      <legend>
        {t('create.locationLegend')} <span className="dialoog-optional">{t('common.optional')}</span>
      </legend>
      <p id={hintId} className="utrecht-paragraph utrecht-form-field-description">
        {t('create.locationHint')}
      </p>
      {geocoderUrl ? (
        <AddressSearch template={geocoderUrl} onChoose={(match) => onChange(formatCoordinate(match.lat), formatCoordinate(match.lng))} />
      ) : null}
      <LazyLeafletMap
        label={t('create.mapLabel')}
        describedBy={hintId}
        markers={markers}
        center={pinLat !== null && pinLng !== null ? { lat: pinLat, lng: pinLng } : undefined}
        onMapClick={(point) => onChange(formatCoordinate(point.lat), formatCoordinate(point.lng))}
      />
      <div className="dialoog-location__fields">
        <TextField
          id={latId}
          name="lat"
          inputMode="decimal"
          autoComplete="off"
          label={t('create.latLabel')}
          hint={t('create.latHint')}
          value={lat}
          error={latError}
          onValueChange={(value) => onChange(value, lng)}
        />
        <TextField
          id={lngId}
          name="lng"
          inputMode="decimal"
          autoComplete="off"
          label={t('create.lngLabel')}
          hint={t('create.lngHint')}
          value={lng}
          error={lngError}
          onValueChange={(value) => onChange(lat, value)}
        />
      </div>
      {lat || lng ? (
        <Button appearance="subtle" onClick={() => onChange('', '')}>
          {t('create.clearPin')}
        </Button>
      ) : null}
    </fieldset>
  );
}
