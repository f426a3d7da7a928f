import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readAppError } from '../../../app/graphql-errors';
import type { OrganisationInput, OrganisationKind } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';

export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['BUSINESS', 'HOUSING_CORPORATION', 'FOUNDATION', 'ASSOCIATION'];

type Field = 'name' | 'kind' | 'kvkNumber';
const FIELDS: readonly Field[] = ['name', 'kind', 'kvkNumber'];

export interface OrganisationFormProps {
  onCreate: (input: OrganisationInput) => Promise<void>;
}

/** Register a partner organisation: name, kind and (optional) KvK number of 8 digits. */
export function OrganisationForm({ onCreate }: OrganisationFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: Field) => `${baseId}-${field}`;
  const [values, setValues] = useState<Record<Field, string>>({ name: '', kind: '', kvkNumber: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [failed, setFailed] = useState(0);
  const [pending, setPending] = useState(false);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) {
      return;
    }
    const found: Partial<Record<Field, string>> = {};
    const name = values.name.trim();
    const kvk = values.kvkNumber.replace(/\s/g, '');
    const kind = ORGANISATION_KINDS.find((k) => k === values.kind);
    if ([...name].length < 2 || [...name].length > 120) {
      found.name = t('partner.nameInvalid');
    }
    if (!kind) {
      found.kind = t('partner.kindRequired');
    }
    if (kvk && !/^\d{8}$/.test(kvk)) {
      found.kvkNumber = t('partner.kvkInvalid');
    }
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length > 0 || !kind) {
      setFailed((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      await onCreate({ name, kind, kvkNumber: kvk || null });
      setPending(false);
      setValues({ name: '', kind: '', kvkNumber: '' });
    } catch (caught) {
      setPending(false);
      const appError = readAppError(caught);
      const serverErrors: Partial<Record<Field, string>> = {};
      for (const [name, message] of Object.entries(appError.fields)) {
        const field = FIELDS.find((f) => name === f || name === `input.${f}`);
        if (field) {
          serverErrors[field] = message;
        }
      }
      setErrors(serverErrors);
      if (Object.keys(serverErrors).length === 0) {
        setGeneral(appError.message ?? t(appError.code === 'NETWORK' ? 'common.networkError' : 'common.unknownError'));
      }
      setFailed((n) => n + 1);
    }
  };

  const summary: ErrorSummaryItem[] = [
    ...(general ? [{ message: general }] : []),
    ...FIELDS.flatMap((field) => (errors[field] ? [{ fieldId: fieldId(field), message: errors[field] }] : [])),
  ];

  return (
    <form className="utrecht-form dialoog-form" noValidate aria-labelledby={`${baseId}-heading`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${baseId}-heading`} className="utrecht-heading-2">
        {t('partner.createHeading')}
      </h2>
      <ErrorSummary items={summary} focusKey={failed} />
      <TextField
        id={fieldId('name')}
        label={t('partner.nameLabel')}
        autoComplete="organization"
        value={values.name}
        error={errors.name}
        onValueChange={set('name')}
      />
      <SelectField
        id={fieldId('kind')}
        label={t('partner.kindLabel')}
        emptyOption={t('partner.kindNone')}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKind.${kind}`) }))}
        value={values.kind}
        error={errors.kind}
        onValueChange={set('kind')}
      />
      <TextField
        id={fieldId('kvkNumber')}
        label={t('partner.kvkLabel')}
        hint={t('partner.kvkHint')}
        optional
        inputMode="numeric"
        autoComplete="off"
        value={values.kvkNumber}
        error={errors.kvkNumber}
        onValueChange={set('kvkNumber')}
      />
      <Button type="submit" busy={pending}>
        {pending ? t('partner.creating') : t('partner.create')}
      </Button>
    </form>
  );
}
