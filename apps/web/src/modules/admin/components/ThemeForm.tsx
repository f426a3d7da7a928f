import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeInput } from '../../../generated/graphql';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import type { FieldErrors } from '../../../ui/useFormState';
import type { AdminTheme } from '../hooks/usePlaceAdmin';
import { usePlaceForm } from '../hooks/usePlaceForm';
import { PlaceFormShell } from './PlaceFormShell';

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
  const form = usePlaceForm({
    initialValues: theme ? { name: theme.name, slug: theme.slug, icon: theme.icon } : EMPTY,
    empty: EMPTY,
    adding: !theme,
    read: themeInput,
    onSave,
    onSaved,
  });
  const { values, setValue } = form;
  const errors = useFormErrors(form, FIELDS, fieldId);
  const { errorText } = errors;

  return (
    <PlaceFormShell
      baseId={baseId}
      heading={theme ? t('admin.places.editThemeHeading', { name: theme.name }) : t('admin.places.addThemeHeading')}
      form={form}
      errors={errors}
      editing={!!theme}
      onCancel={onCancel}
      focusOnOpen={focusOnOpen}
    >
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
    </PlaceFormShell>
  );
}
