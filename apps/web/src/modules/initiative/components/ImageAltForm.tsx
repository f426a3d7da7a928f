import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateInitiativeImageAltDocument, type InitiativeImageFieldsFragment } from '../../../generated/graphql';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SubmitCancelRow } from '../../../ui/SubmitCancelRow';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState, type FieldErrors } from '../../../ui/useFormState';

type AltField = 'alt';
const FIELDS: readonly AltField[] = ['alt'];
const ALT_MAX_LENGTH = 200;

export interface ImageAltFormProps {
  image: InitiativeImageFieldsFragment;
  /** Called after a successful save (the new alt text is in the cache) and on "Annuleren". */
  onDone: (saved: boolean) => void;
}

/** "Beschrijving aanpassen": the picture's alt text in a form that opened in place; focus starts in the field. */
export function ImageAltForm({ image, onDone }: ImageAltFormProps) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateInitiativeImageAltDocument);
  const input = useRef<HTMLInputElement>(null);
  const fieldId = (field: AltField) => `image-${image.id}-${field}`;
  const form = useFormState<AltField>({
    initialValues: { alt: image.alt },
    validate: ({ alt }) => {
      const errors: FieldErrors<AltField> = {};
      const trimmed = alt.trim();
      if (!trimmed) {
        errors.alt = { text: t('images.altRequired') };
      } else if ([...trimmed].length > ALT_MAX_LENGTH) {
        errors.alt = { text: t('images.altTooLong') };
      }
      return errors;
    },
    submit: async ({ alt }) => {
      await update({ variables: { id: image.id, alt: alt.trim() } });
      onDone(true);
    },
  });
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);

  useEffect(() => {
    input.current?.focus();
  }, []);

  return (
    <form className="utrecht-form dialoog-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary items={summary} focusKey={form.failedSubmits} />
      <TextField
        ref={input}
        id={fieldId('alt')}
        label={t('images.altLabel')}
        hint={t('images.altHint')}
        value={form.values.alt}
        error={errorText('alt')}
        onValueChange={(value) => form.setValue('alt', value)}
      />
      <SubmitCancelRow
        label={t('images.saveAlt')}
        pendingLabel={t('images.savingAlt')}
        pending={form.pending}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
