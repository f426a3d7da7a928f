import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { useImageUpload } from '../hooks/useImageUpload';
import { ImagePickerFields, validateImagePick, type ImagePickErrors } from './ImagePickerFields';

/** Adds one picture with its alt text, with a progress bar while it uploads and the outcome in a live region. */
export function ImageUploader({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const { state, upload } = useImageUpload(initiativeId);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [errors, setErrors] = useState<ImagePickErrors>({});
  const fileInput = useRef<HTMLInputElement>(null);
  const pending = state.kind === 'pending';
  const serverFields = state.kind === 'error' ? state.fields : {};

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateImagePick({ file, alt }, t);
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
      <ImagePickerFields
        idPrefix="image"
        alt={alt}
        errors={{ file: errors.file ?? serverFields['file'], alt: errors.alt ?? serverFields['alt'] }}
        disabled={pending}
        fileInputRef={fileInput}
        onFile={setFile}
        onAlt={setAlt}
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
