import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export interface FormFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  kind?: 'text' | 'textarea' | 'select';
  /** Renders the control with the ids and ARIA attributes wired to the label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * NL Design System form field: label, hint (description), error message and control.
 * The control is described by the hint and the error, and marked aria-invalid on an error.
 */
export function FormField({ id, label, hint, error, optional = false, kind = 'text', children }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={[
        'utrecht-form-field',
        `utrecht-form-field--${kind}`,
        'utrecht-form-field--distanced',
        error ? 'utrecht-form-field--invalid' : null,
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional ? <span className="dialoog-optional"> {t('common.optional')}</span> : null}
        </label>
      </div>
      {hint ? (
        <div id={hintId} className="utrecht-form-field__description utrecht-form-field-description">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={errorId} className="utrecht-form-field__error-message utrecht-form-field-error-message">
          <span className="dialoog-visually-hidden">{t('common.errorPrefix')} </span>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      </div>
    </div>
  );
}
