import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeighbourhoodInput } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextareaField } from '../../../ui/TextareaField';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState, type FieldErrors } from '../../../ui/useFormState';
import type { AdminNeighbourhood } from '../hooks/usePlaceAdmin';

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
  useEffect(() => {
    if (focusOnOpen) {
      document.getElementById(`${baseId}-name`)?.focus();
    }
  }, [focusOnOpen, baseId]);
  const form = useFormState<Field>({
    initialValues: valuesOf(neighbourhood),
    validate: (values) => neighbourhoodInput(values).errors,
    submit: async (values) => {
      const { input } = neighbourhoodInput(values);
      if (input) {
        const name = await onSave(input);
        if (!neighbourhood) {
          form.reset(EMPTY);
        }
        onSaved(name);
      }
    },
  });
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);
  const heading = neighbourhood
    ? t('admin.places.editNeighbourhoodHeading', { name: neighbourhood.name })
    : t('admin.places.addNeighbourhoodHeading');

  return (
    <form className="utrecht-form dialoog-form" noValidate aria-labelledby={`${baseId}-heading`} onSubmit={handleSubmit}>
      <h3 id={`${baseId}-heading`} className="utrecht-heading-3">
        {heading}
      </h3>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        id={fieldId('name')}
        label={t('admin.places.nameLabel')}
        autoComplete="off"
        value={values.name}
        error={errorText('name')}
        onValueChange={(value) => setValue('name', value)}
      />
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
      <div className="dialoog-actions">
        <Button type="submit" busy={pending}>
          {pending
            ? neighbourhood
              ? t('admin.places.saving')
              : t('admin.places.adding')
            : neighbourhood
              ? t('admin.places.save')
              : t('admin.places.add')}
        </Button>
        {onCancel ? (
          <Button appearance="secondary" onClick={onCancel} disabled={pending}>
            {t('admin.places.cancelEdit')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
