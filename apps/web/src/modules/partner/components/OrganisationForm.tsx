import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationInput, OrganisationKind } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState, type FieldErrors } from '../../../ui/useFormState';

export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['BUSINESS', 'HOUSING_CORPORATION', 'FOUNDATION', 'ASSOCIATION'];

type Field = 'name' | 'kind' | 'kvkNumber';
const FIELDS: readonly Field[] = ['name', 'kind', 'kvkNumber'];
const EMPTY: Record<Field, string> = { name: '', kind: '', kvkNumber: '' };

export interface OrganisationFormProps {
  onCreate: (input: OrganisationInput) => Promise<void>;
}

/** Reads the form: the input to send, or what is wrong (mirrors the API's limits). */
function organisationInput(values: Record<Field, string>): { input: OrganisationInput | null; errors: FieldErrors<Field> } {
  const errors: FieldErrors<Field> = {};
  const name = values.name.trim();
  const kvk = values.kvkNumber.replace(/\s/g, '');
  const kind = ORGANISATION_KINDS.find((k) => k === values.kind);
  if ([...name].length < 2 || [...name].length > 120) {
    errors.name = { key: 'partner.nameInvalid' };
  }
  if (!kind) {
    errors.kind = { key: 'partner.kindRequired' };
  }
  if (kvk && !/^\d{8}$/.test(kvk)) {
    errors.kvkNumber = { key: 'partner.kvkInvalid' };
  }
  const valid = kind && Object.keys(errors).length === 0;
  return { input: valid ? { name, kind, kvkNumber: kvk || null } : null, errors };
}

/** Register a partner organisation: name, kind and (optional) KvK number of 8 digits. */
export function OrganisationForm({ onCreate }: OrganisationFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: Field) => `${baseId}-${field}`;
  const form = useFormState<Field>({
    initialValues: EMPTY,
    validate: (values) => organisationInput(values).errors,
    submit: async (values) => {
      const { input } = organisationInput(values);
      if (input) {
        await onCreate(input);
        form.reset(EMPTY);
      }
    },
  });
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);

  return (
    <form className="utrecht-form dialoog-form" noValidate aria-labelledby={`${baseId}-heading`} onSubmit={handleSubmit}>
      <h2 id={`${baseId}-heading`} className="utrecht-heading-2">
        {t('partner.createHeading')}
      </h2>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        id={fieldId('name')}
        label={t('partner.nameLabel')}
        autoComplete="organization"
        value={values.name}
        error={errorText('name')}
        onValueChange={(value) => setValue('name', value)}
      />
      <SelectField
        id={fieldId('kind')}
        label={t('partner.kindLabel')}
        emptyOption={t('partner.kindNone')}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKind.${kind}`) }))}
        value={values.kind}
        error={errorText('kind')}
        onValueChange={(value) => setValue('kind', value)}
      />
      <TextField
        id={fieldId('kvkNumber')}
        label={t('partner.kvkLabel')}
        hint={t('partner.kvkHint')}
        optional
        inputMode="numeric"
        autoComplete="off"
        value={values.kvkNumber}
        error={errorText('kvkNumber')}
        onValueChange={(value) => setValue('kvkNumber', value)}
      />
      <Button type="submit" busy={pending}>
        {pending ? t('partner.creating') : t('partner.create')}
      </Button>
    </form>
  );
}
