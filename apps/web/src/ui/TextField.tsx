import type { InputHTMLAttributes, Ref } from 'react';
import { FormField } from './FormField';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'onChange' | 'value' | 'aria-describedby' | 'aria-invalid'
> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  value: string;
  onValueChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled single-line text input (utrecht-textbox). */
export function TextField({ id, label, hint, error, optional, value, onValueChange, className, ref, ...inputProps }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional} kind="text">
      {(control) => (
        <input
          {...inputProps}
          {...control}
          ref={ref}
          className={['utrecht-textbox', 'utrecht-textbox--html-input', error ? 'utrecht-textbox--invalid' : null, className]
            .filter(Boolean)
            .join(' ')}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
