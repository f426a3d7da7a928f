import type { FieldErrors } from '../../../ui/useFormState';

/** The same limits as CreateInitiativeInput on the API. */
export const INITIATIVE_LIMITS = {
  titleMin: 5,
  titleMax: 120,
  summaryMax: 280,
  descriptionMax: 10000,
} as const;

export type InitiativeField = 'title' | 'summary' | 'description' | 'neighbourhoodId' | 'themeId';

export function validateInitiative(values: Record<InitiativeField, string>): FieldErrors<InitiativeField> {
  const errors: FieldErrors<InitiativeField> = {};
  const title = values.title.trim();
  if (!title) {
    errors.title = { key: 'validation.titleRequired' };
  } else if (title.length < INITIATIVE_LIMITS.titleMin) {
    errors.title = { key: 'validation.titleTooShort' };
  } else if (title.length > INITIATIVE_LIMITS.titleMax) {
    errors.title = { key: 'validation.titleTooLong' };
  }
  const summary = values.summary.trim();
  if (!summary) {
    errors.summary = { key: 'validation.summaryRequired' };
  } else if (summary.length > INITIATIVE_LIMITS.summaryMax) {
    errors.summary = { key: 'validation.summaryTooLong' };
  }
  const description = values.description.trim();
  if (!description) {
    errors.description = { key: 'validation.descriptionRequired' };
  } else if (description.length > INITIATIVE_LIMITS.descriptionMax) {
    errors.description = { key: 'validation.descriptionTooLong' };
  }
  return errors;
}
