import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeInput } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState, type FieldErrors } from '../../../ui/useFormState';
import type { AdminTheme } from '../hooks/usePlaceAdmin';

type Field = 'name' | 'slug' | 'icon';
const FIELDS: readonly Field[] = ['name', 'slug', 'icon'];
const EMPTY: Record<Field, string> = { name: '', slug: '', icon: 'star' };

export interface ThemeFormProps {
  /** The theme to change; leave out to add a new one. */
  theme?: AdminTheme;
  /** Saves; resolves with the saved name. */
  onSave: (input: ThemeInput) => Promise<string>;
  onSaved: (name: string) => void;
  onCancel?: () => void;
  /** Move focus to the first field when the form appears (editing in place). */
  focusOnOpen?: boolean;
}

/** Reads the form: the input to send, or what is wrong (mirrors the API's limits). */
function themeInput(values: Record<Field, string>): { input: ThemeInput | null; errors: FieldErrors<Field> } {
  const errors: FieldErrors<Field> = {};
  const name = values.name.trim();
  const slug = values.slug.trim();
  const icon = values.icon.trim();
  if ([...name].length < 2 || [...name].length > 60) {
    errors.name = { key: 'admin.themeNameInvalid' };
  }
  if (!/^[a-z0-9-]{2,40}$/.test(slug)) {
    errors.slug = { key: 'admin.slugInvalid' };
  }
  if (icon.length < 1 || icon.length > 40) {
    errors.icon = { key: 'admin.iconInvalid' };
  }
  return { input: Object.keys(errors).length === 0 ? { name, slug, icon } : null, errors };
}

/** Add a theme, or change one: name, short name for links (slug) and icon. */
export function ThemeForm({ theme, onSave, onSaved, onCancel, focusOnOpen = false }: ThemeFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: Field) => `${baseId}-${field}`;
  useEffect(() => {
    if (focusOnOpen) {
      document.getElementById(`${baseId}-name`)?.focus();
    }
  }, [focusOnOpen, baseId]);
  const form = useFormState<Field>({
    initialValues: theme ? { name: theme.name, slug: theme.slug, icon: theme.icon } : EMPTY,
    validate: (values) => themeInput(values).errors,
    submit: async (values) => {
      const { input } = themeInput(values);
      if (input) {
        const name = await onSave(input);
        if (!theme) {
          form.reset(EMPTY);
        }
        onSaved(name);
      }
    },
  });
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);

  return (
    <form className="utrecht-form dialoog-form" noValidate aria-labelledby={`${baseId}-heading`} onSubmit={handleSubmit}>
      <h3 id={`${baseId}-heading`} className="utrecht-heading-3">
        {theme ? t('admin.places.editThemeHeading', { name: theme.name }) : t('admin.places.addThemeHeading')}
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
        id={fieldId('slug')}
        label={t('admin.places.slugLabel')}
        hint={t('admin.places.slugHint')}
        autoComplete="off"
        spellCheck={false}
        value={values.slug}
        error={errorText('slug')}
        onValueChange={(value) => setValue('slug', value)}
      />
      <TextField
        id={fieldId('icon')}
        label={t('admin.places.iconLabel')}
        hint={t('admin.places.iconHint')}
        autoComplete="off"
        spellCheck={false}
        value={values.icon}
        error={errorText('icon')}
        onValueChange={(value) => setValue('icon', value)}
      />
      <div className="dialoog-actions">
        <Button type="submit" busy={pending}>
          {pending ? (theme ? t('admin.places.saving') : t('admin.places.adding')) : theme ? t('admin.places.save') : t('admin.places.add')}
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
