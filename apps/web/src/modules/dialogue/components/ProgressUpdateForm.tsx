import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readAppError } from '../../../app/graphql-errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextareaField } from '../../../ui/TextareaField';
import { TextField } from '../../../ui/TextField';
import { ImagePickerFields, validateImagePick } from '../../initiative/components/ImagePickerFields';
import { PhotoUploadError, type NewsPhoto } from '../hooks/useProgressUpdates';

export interface ProgressUpdateFormProps {
  /** Posts the news; throw to show the error. */
  onPost: (title: string, body: string, photo: NewsPhoto | null) => Promise<void>;
}

type Field = 'title' | 'body' | 'photo-file' | 'photo-alt';
const FIELDS: readonly Field[] = ['title', 'body', 'photo-file', 'photo-alt'];

/** The initiator's news: a title, a text (Markdown-lite) and optionally a photo with its alt text. */
export function ProgressUpdateForm({ onPost }: ProgressUpdateFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: Field | 'photo') => `${baseId}-${field}`;
  const [values, setValues] = useState<Record<'title' | 'body', string>>({ title: '', body: '' });
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const [photoFailure, setPhotoFailure] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const showErrors = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) {
      return;
    }
    const title = values.title.trim();
    const body = values.body.trim();
    const found: Partial<Record<Field, string>> = {};
    if (!title) {
      found.title = t('progressUpdates.titleRequired');
    }
    if (!body) {
      found.body = t('progressUpdates.bodyRequired');
    }
    const photoErrors = validateImagePick({ file, alt }, t, true);
    found['photo-file'] = photoErrors.file;
    found['photo-alt'] = photoErrors.alt;
    setError(null);
    setPhotoFailure(null);
    showErrors(found);
    if (FIELDS.some((field) => found[field])) {
      return;
    }
    setPending(true);
    const reset = () => {
      setValues({ title: '', body: '' });
      setFile(null);
      setAlt('');
      if (fileInput.current) {
        fileInput.current.value = '';
      }
    };
    try {
      await onPost(title, body, file ? { file, alt: alt.trim() } : null);
      reset();
    } catch (caught) {
      if (caught instanceof PhotoUploadError) {
        // The news itself is posted (it is in the list now); only the photo is missing.
        reset();
        setPhotoFailure(t('progressUpdates.photoFailed', { reason: caught.serverMessage ?? t('common.unknownError') }));
        return;
      }
      const fields = readAppError(caught).fields;
      const serverErrors = { title: fields['input.title'] ?? fields['title'], body: fields['input.body'] ?? fields['body'] };
      if (serverErrors.title || serverErrors.body) {
        showErrors(serverErrors);
      } else {
        setError(caught);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="utrecht-form dialoog-form dialoog-progress-form"
      noValidate
      aria-labelledby={`${baseId}-heading`}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${baseId}-heading`} className="utrecht-heading-3">
        {t('progressUpdates.formHeading')}
      </h3>
      {error ? <ErrorMessage error={error} /> : null}
      {photoFailure ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{photoFailure}</p>
        </Alert>
      ) : null}
      <TextField
        id={fieldId('title')}
        label={t('progressUpdates.titleLabel')}
        error={errors.title}
        value={values.title}
        onValueChange={(title) => setValues((current) => ({ ...current, title }))}
      />
      <TextareaField
        id={fieldId('body')}
        rows={5}
        label={t('progressUpdates.bodyLabel')}
        hint={t('progressUpdates.bodyHint')}
        error={errors.body}
        value={values.body}
        onValueChange={(body) => setValues((current) => ({ ...current, body }))}
      />
      <ImagePickerFields
        idPrefix={fieldId('photo')}
        alt={alt}
        errors={{ file: errors['photo-file'], alt: errors['photo-alt'] }}
        disabled={pending}
        optional
        fileLabel={t('progressUpdates.photoLabel')}
        altHint={t('progressUpdates.photoAltHint')}
        fileInputRef={fileInput}
        onFile={setFile}
        onAlt={setAlt}
      />
      <Button type="submit" busy={pending}>
        {pending ? t('progressUpdates.pending') : t('progressUpdates.submit')}
      </Button>
    </form>
  );
}
