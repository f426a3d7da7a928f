import type { TextareaHTMLAttributes } from 'react';
import { FormField } from './FormField';

export interface TextareaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'onChange' | 'value' | 'aria-describedby' | 'aria-invalid'
> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  value: string;
  onValueChange: (value: string) => void;
}

/** A labelled multi-line text input (utrecht-textarea). */
export function TextareaField({ id, label, hint, error, optional, value, onValueChange, className, ...textareaProps }: TextareaFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional} kind="textarea">
      {(control) => (
        <textarea
          {...textareaProps}
          {...control}
          className={['utrecht-textarea', 'utrecht-textarea--html-textarea', error ? 'utrecht-textarea--invalid' : null, className]
            .filter(Boolean)
            .join(' ')}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
