import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectField, type SelectOption } from '../../../ui/SelectField';
import { TextareaField } from '../../../ui/TextareaField';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import type { FormState } from '../../../ui/useFormState';
import { INITIATIVE_LIMITS, type InitiativeField } from '../hooks/validateInitiative';
import { LocationPicker } from './LocationPicker';

const FIELDS: readonly InitiativeField[] = ['title', 'summary', 'description', 'lat', 'lng', 'neighbourhoodId', 'themeId'];
const fieldId = (field: InitiativeField) => `initiative-${field}`;

export interface InitiativeFormProps {
  form: FormState<InitiativeField>;
  neighbourhoodOptions: readonly SelectOption[];
  themeOptions: readonly SelectOption[];
  /** "Opslaan als concept" when creating, "Wijzigingen opslaan" when editing. */
  submitLabel: string;
  pendingLabel: string;
}

export function InitiativeForm({ form, neighbourhoodOptions, themeOptions, submitLabel, pendingLabel }: InitiativeFormProps) {
  const { t } = useTranslation();
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);
  return (
    <form className="utrecht-form dialoog-form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        id={fieldId('title')}
        name="title"
        label={t('create.titleLabel')}
        hint={t('create.titleHint')}
        maxLength={INITIATIVE_LIMITS.titleMax}
        value={values.title}
        error={errorText('title')}
        onValueChange={(value) => setValue('title', value)}
      />
      <TextareaField
        id={fieldId('summary')}
        name="summary"
        rows={3}
        label={t('create.summaryLabel')}
        hint={t('create.summaryHint')}
        value={values.summary}
        error={errorText('summary')}
        onValueChange={(value) => setValue('summary', value)}
      />
      <TextareaField
        id={fieldId('description')}
        name="description"
        rows={10}
        label={t('create.descriptionLabel')}
        hint={t('create.descriptionHint')}
        value={values.description}
        error={errorText('description')}
        onValueChange={(value) => setValue('description', value)}
      />
      <LocationPicker
        lat={values.lat}
        lng={values.lng}
        latId={fieldId('lat')}
        lngId={fieldId('lng')}
        latError={errorText('lat')}
        lngError={errorText('lng')}
        onChange={(lat, lng) => {
          setValue('lat', lat);
          setValue('lng', lng);
        }}
      />
      <SelectField
        id={fieldId('neighbourhoodId')}
        name="neighbourhoodId"
        optional
        label={t('create.neighbourhoodLabel')}
        emptyOption={t('create.neighbourhoodNone')}
        options={neighbourhoodOptions}
        value={values.neighbourhoodId}
        error={errorText('neighbourhoodId')}
        onValueChange={(value) => setValue('neighbourhoodId', value)}
      />
      <SelectField
        id={fieldId('themeId')}
        name="themeId"
        optional
        label={t('create.themeLabel')}
        emptyOption={t('create.themeNone')}
        options={themeOptions}
        value={values.themeId}
        error={errorText('themeId')}
        onValueChange={(value) => setValue('themeId', value)}
      />
      <Button type="submit" busy={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
