import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import type { FormErrors } from '../../../ui/useFormErrors';
import type { FormState } from '../../../ui/useFormState';

export interface PlaceFormShellProps<F extends string> {
  /** The form's base id: the heading is `${baseId}-heading`, a field `${baseId}-<field>`. */
  baseId: string;
  heading: string;
  form: FormState<'name' | F>;
  errors: FormErrors<'name' | F>;
  /** Changing an existing item ("Opslaan") rather than adding one ("Toevoegen"). */
  editing: boolean;
  onCancel?: () => void;
  /** Move focus to the name field when the form appears (editing in place). */
  focusOnOpen: boolean;
  /** The fields after the name. */
  children: ReactNode;
}

/** The frame of the neighbourhood and theme forms: heading, error summary, name, the other fields, save/add and cancel. */
export function PlaceFormShell<F extends string>({
  baseId,
  heading,
  form,
  errors,
  editing,
  onCancel,
  focusOnOpen,
  children,
}: PlaceFormShellProps<F>) {
  const { t } = useTranslation();
  useEffect(() => {
    if (focusOnOpen) {
      document.getElementById(`${baseId}-name`)?.focus();
    }
  }, [focusOnOpen, baseId]);
  const { pending } = form;

  return (
    <form className="utrecht-form dialoog-form" noValidate aria-labelledby={`${baseId}-heading`} onSubmit={form.handleSubmit}>
      <h3 id={`${baseId}-heading`} className="utrecht-heading-3">
        {heading}
      </h3>
      <ErrorSummary items={errors.summary} focusKey={form.failedSubmits} />
      <TextField
        id={`${baseId}-name`}
        label={t('admin.places.nameLabel')}
        autoComplete="off"
        value={form.values.name}
        error={errors.errorText('name')}
        onValueChange={(value) => form.setValue('name', value)}
      />
      {children}
      <div className="dialoog-actions">
        <Button type="submit" busy={pending}>
          {pending
            ? editing
              ? t('admin.places.saving')
              : t('admin.places.adding')
            : editing
              ? t('admin.places.save')
              : t('admin.places.add')}
        </Button>{' '}
        {onCancel ? (
          <Button appearance="secondary" onClick={onCancel} disabled={pending}>
            {t('admin.places.cancelEdit')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
