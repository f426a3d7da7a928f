import type { SelectHTMLAttributes } from 'react';
import { FormField } from './FormField';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'onChange' | 'value' | 'aria-describedby' | 'aria-invalid'
> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  value: string;
  /** The first option, with the value "" (e.g. "Alle wijken" or "Kies een wijk"); none when left out. */
  emptyOption?: string;
  options: readonly SelectOption[];
  onValueChange: (value: string) => void;
}

/** A labelled native select (utrecht-select). */
export function SelectField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  emptyOption,
  options,
  onValueChange,
  className,
  ...selectProps
}: SelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional} kind="select">
      {(control) => (
        <select
          {...selectProps}
          {...control}
          className={['utrecht-select', 'utrecht-select--html-select', error ? 'utrecht-select--invalid' : null, className]
            .filter(Boolean)
            .join(' ')}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
