import type { TFunction } from 'i18next';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { TextField } from '../../../ui/TextField';

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = 'image/jpeg,image/png,image/webp';
const ALT_MAX = 200;

export interface ImagePick {
  file: File | null;
  alt: string;
}

export type ImagePickErrors = { file?: string; alt?: string };

/**
 * The checks the API makes, before sending: a picture of at most 5 MB and an alt text of 1–200
 * characters. With `optional`, choosing no picture at all is fine (and then no alt text is needed).
 */
export function validateImagePick(pick: ImagePick, t: TFunction, optional = false): ImagePickErrors {
  const found: ImagePickErrors = {};
  if (optional && !pick.file && pick.alt.trim() === '') {
    return found;
  }
  if (!pick.file) {
    found.file = t('images.fileRequired');
  } else if (pick.file.size > MAX_BYTES) {
    found.file = t('images.tooLarge');
  }
  if (pick.alt.trim() === '') {
    found.alt = t('images.altRequired');
  } else if (pick.alt.trim().length > ALT_MAX) {
    found.alt = t('images.altTooLong');
  }
  return found;
}

export interface ImagePickerFieldsProps {
  /** Prefix of the two fields' ids: `<idPrefix>-file` and `<idPrefix>-alt`. */
  idPrefix: string;
  alt: string;
  errors: ImagePickErrors;
  disabled?: boolean;
  /** Marks the picture "(niet verplicht)"; the alt text is still needed once a picture is chosen. */
  optional?: boolean;
  fileLabel?: string;
  altHint?: string;
  fileInputRef?: Ref<HTMLInputElement>;
  onFile: (file: File | null) => void;
  onAlt: (alt: string) => void;
}

/** A picture and what it shows (its alt text): the two fields of every picture upload. */
export function ImagePickerFields({
  idPrefix,
  alt,
  errors,
  disabled,
  optional,
  fileLabel,
  altHint,
  fileInputRef,
  onFile,
  onAlt,
}: ImagePickerFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        id={`${idPrefix}-file`}
        label={fileLabel ?? t('images.fileLabel')}
        hint={t('images.fileHint')}
        error={errors.file}
        optional={optional}
      >
        {(control) => (
          <input
            {...control}
            ref={fileInputRef}
            type="file"
            accept={ACCEPT}
            className="dialoog-file-input"
            disabled={disabled}
            onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      <TextField
        id={`${idPrefix}-alt`}
        label={t('images.altLabel')}
        hint={altHint ?? t('images.altHint')}
        error={errors.alt}
        value={alt}
        maxLength={ALT_MAX}
        disabled={disabled}
        onValueChange={onAlt}
      />
    </>
  );
}
