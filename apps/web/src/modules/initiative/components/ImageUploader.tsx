import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { TextField } from '../../../ui/TextField';
import { useImageUpload } from '../hooks/useImageUpload';

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = 'image/jpeg,image/png,image/webp';

/** Adds one picture with its alt text, with a progress bar while it uploads and the outcome in a live region. */
export function ImageUploader({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const { state, upload } = useImageUpload(initiativeId);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [errors, setErrors] = useState<{ file?: string; alt?: string }>({});
  const fileInput = useRef<HTMLInputElement>(null);
  const pending = state.kind === 'pending';
  const serverFields = state.kind === 'error' ? state.fields : {};

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: { file?: string; alt?: string } = {};
    if (!file) {
      found.file = t('images.fileRequired');
    } else if (file.size > MAX_BYTES) {
      found.file = t('images.tooLarge');
    }
    if (alt.trim() === '') {
      found.alt = t('images.altRequired');
    } else if (alt.trim().length > 200) {
      found.alt = t('images.altTooLong');
    }
    setErrors(found);
    if (found.file || found.alt || !file) {
      (found.file ? fileInput.current : document.getElementById('image-alt'))?.focus();
      return;
    }
    if (await upload(file, alt.trim())) {
      setFile(null);
      setAlt('');
      if (fileInput.current) {
        fileInput.current.value = '';
      }
    }
  };

  const percent = state.kind === 'pending' && state.total > 0 ? Math.round((state.loaded / state.total) * 100) : undefined;
  return (
    <form className="dialoog-image-uploader" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="image-upload-heading">
      <h3 id="image-upload-heading" className="utrecht-heading-3">
        {t('images.addHeading')}
      </h3>
      <FormField id="image-file" label={t('images.fileLabel')} hint={t('images.fileHint')} error={errors.file ?? serverFields['file']}>
        {(control) => (
          <input
            {...control}
            ref={fileInput}
            type="file"
            accept={ACCEPT}
            className="dialoog-file-input"
            disabled={pending}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      <TextField
        id="image-alt"
        label={t('images.altLabel')}
        hint={t('images.altHint')}
        error={errors.alt ?? serverFields['alt']}
        value={alt}
        maxLength={200}
        disabled={pending}
        onValueChange={setAlt}
      />
      <p className="dialoog-actions">
        <Button type="submit" busy={pending}>
          {pending ? t('images.pending') : t('images.upload')}
        </Button>
      </p>
      <div role="status" className="dialoog-status-region">
        {state.kind === 'pending' ? (
          <p className="utrecht-paragraph">
            <label htmlFor="image-progress">{t('images.progressLabel')}</label>{' '}
            <progress id="image-progress" max={100} value={percent}>
              {percent !== undefined ? `${percent}%` : null}
            </progress>
          </p>
        ) : null}
        {state.kind === 'success' ? (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t('images.uploaded')}</p>
          </Alert>
        ) : null}
      </div>
      {state.kind === 'error' ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">
            <strong>{t('common.errorTitle')}.</strong> {state.message ?? t('common.unknownError')}
          </p>
        </Alert>
      ) : null}
    </form>
  );
}
