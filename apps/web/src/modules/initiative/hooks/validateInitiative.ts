import type { CreateInitiativeInput } from '../../../generated/graphql';
import type { FieldErrors } from '../../../ui/useFormState';

/** The same limits as CreateInitiativeInput on the API. */
export const INITIATIVE_LIMITS = {
  titleMin: 5,
  titleMax: 120,
  summaryMax: 280,
  descriptionMax: 10000,
} as const;

export type InitiativeField = 'title' | 'summary' | 'description' | 'neighbourhoodId' | 'themeId' | 'lat' | 'lng';

export type InitiativeValues = Record<InitiativeField, string>;

export const EMPTY_INITIATIVE: InitiativeValues = {
  title: '',
  summary: '',
  description: '',
  neighbourhoodId: '',
  themeId: '',
  lat: '',
  lng: '',
};

/** Server field names (nested location) mapped to the form's fields. */
export const INITIATIVE_FIELD_ALIASES: Record<string, InitiativeField> = {
  location: 'lat',
  'location.lat': 'lat',
  'location.lng': 'lng',
};

/** "52,09" or "52.09" → 52.09; null when empty, NaN when not a number. */
export function parseCoordinate(raw: string): number | null {
  const text = raw.trim().replace(',', '.');
  if (!text) {
    return null;
  }
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** A coordinate as the form shows it: at most 6 decimals (about 10 cm). */
export function formatCoordinate(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

export function validateInitiative(values: InitiativeValues): FieldErrors<InitiativeField> {
  const errors: FieldErrors<InitiativeField> = {};
  const title = values.title.trim();
  if (!title) {
    errors.title = { key: 'validation.titleRequired' };
  } else if ([...title].length < INITIATIVE_LIMITS.titleMin) {
    errors.title = { key: 'validation.titleTooShort' };
  } else if ([...title].length > INITIATIVE_LIMITS.titleMax) {
    errors.title = { key: 'validation.titleTooLong' };
  }
  const summary = values.summary.trim();
  if (!summary) {
    errors.summary = { key: 'validation.summaryRequired' };
  } else if ([...summary].length > INITIATIVE_LIMITS.summaryMax) {
    errors.summary = { key: 'validation.summaryTooLong' };
  }
  const description = values.description.trim();
  if (!description) {
    errors.description = { key: 'validation.descriptionRequired' };
  } else if ([...description].length > INITIATIVE_LIMITS.descriptionMax) {
    errors.description = { key: 'validation.descriptionTooLong' };
  }
  const lat = parseCoordinate(values.lat);
  const lng = parseCoordinate(values.lng);
  if (lat !== null && !(Math.abs(lat) <= 90)) {
    errors.lat = { key: 'validation.latInvalid' };
  }
  if (lng !== null && !(Math.abs(lng) <= 180)) {
    errors.lng = { key: 'validation.lngInvalid' };
  }
  if (lat === null && lng !== null) {
    errors.lat = { key: 'validation.locationIncomplete' };
  }
  if (lng === null && lat !== null) {
    errors.lng = { key: 'validation.locationIncomplete' };
  }
  return errors;
}

/** The API input for create and update (call after validateInitiative found nothing). */
export function toInitiativeInput(values: InitiativeValues): CreateInitiativeInput {
  const lat = parseCoordinate(values.lat);
  const lng = parseCoordinate(values.lng);
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description.trim(),
    neighbourhoodId: values.neighbourhoodId || null,
    themeId: values.themeId || null,
    location: lat !== null && lng !== null ? { lat, lng } : null,
  };
}
