import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeighbourhoodInput } from '../../../generated/graphql';
import { TextareaField } from '../../../ui/TextareaField';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import type { FieldErrors } from '../../../ui/useFormState';
import type { AdminNeighbourhood } from '../hooks/usePlaceAdmin';
import { usePlaceForm } from '../hooks/usePlaceForm';
import { PlaceFormShell } from './PlaceFormShell';

type Field = 'name' | 'code' | 'boundary';
const FIELDS: readonly Field[] = ['name', 'code', 'boundary'];
const EMPTY: Record<Field, string> = { name: '', code: '', boundary: '' };

export interface NeighbourhoodFormProps {
  /** The neighbourhood to change; leave out to add a new one. */
  neighbourhood?: AdminNeighbourhood;
  /** Saves; resolves with the saved name. */
  onSave: (input: NeighbourhoodInput) => Promise<string>;
  onSaved: (name: string) => void;
  onCancel?: () => void;
  /** Move focus to the first field when the form appears (editing in place). */
  focusOnOpen?: boolean;
}

function valuesOf(neighbourhood: AdminNeighbourhood | undefined): Record<Field, string> {
  if (!neighbourhood) {
    return EMPTY;
  }
  const boundary = neighbourhood.boundary === null || neighbourhood.boundary === undefined ? '' : JSON.stringify(neighbourhood.boundary);
  return { name: neighbourhood.name, code: neighbourhood.code, boundary };
}

/** Reads the form: the input to send, or what is wrong (mirrors the API's limits; the API checks the GeoJSON shape). */
function neighbourhoodInput(values: Record<Field, string>): { input: NeighbourhoodInput | null; errors: FieldErrors<Field> } {
  const errors: FieldErrors<Field> = {};
  const name = values.name.trim();
  const code = values.code.trim();
  if ([...name].length < 2 || [...name].length > 80) {
    errors.name = { key: 'admin.nameInvalid' };
  }
  if (!/^[A-Z]{2}\d{4,10}$/.test(code)) {
    errors.code = { key: 'admin.codeInvalid' };
  }
  let boundary: unknown = null;
  if (values.boundary.trim()) {
    try {
      boundary = JSON.parse(values.boundary) as unknown;
    } catch {
      errors.boundary = { key: 'admin.boundaryNotJson' };
    }
  }
  return { input: Object.keys(errors).length === 0 ? { name, code, boundary } : null, errors };
}

/** Add a neighbourhood, or change one: name, CBS code and (optional) boundary as GeoJSON. */
export function NeighbourhoodForm({ neighbourhood, onSave, onSaved, onCancel, focusOnOpen = false }: NeighbourhoodFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: Field) => `${baseId}-${field}`;
  const form = usePlaceForm({
    initialValues: valuesOf(neighbourhood),
    empty: EMPTY,
    adding: !neighbourhood,
    read: neighbourhoodInput,
    onSave,
    onSaved,
  });
  const { values, setValue } = form;
  const errors = useFormErrors(form, FIELDS, fieldId);
  const { errorText } = errors;
  const heading = neighbourhood
    ? t('admin.places.editNeighbourhoodHeading', { name: neighbourhood.name })
    : t('admin.places.addNeighbourhoodHeading');

  return (
    <PlaceFormShell
      baseId={baseId}
      heading={heading}
      form={form}
      errors={errors}
      editing={!!neighbourhood}
      onCancel={onCancel}
      focusOnOpen={focusOnOpen}
    >
      <TextField
        id={fieldId('code')}
        label={t('admin.places.codeLabel')}
        hint={t('admin.places.codeHint')}
        autoComplete="off"
        spellCheck={false}
        value={values.code}
        error={errorText('code')}
        onValueChange={(value) => setValue('code', value)}
      />
      <TextareaField
        id={fieldId('boundary')}
        label={t('admin.places.boundaryLabel')}
        hint={t('admin.places.boundaryHint')}
        optional
        rows={4}
        spellCheck={false}
        value={values.boundary}
        error={errorText('boundary')}
        onValueChange={(value) => setValue('boundary', value)}
      />
    </PlaceFormShell>
  );
}
