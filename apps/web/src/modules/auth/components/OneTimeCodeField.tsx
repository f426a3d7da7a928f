import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/TextField';

export interface OneTimeCodeFieldProps {
  id: string;
  value: string;
  error?: string;
  onValueChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/** The six-digit code from the authenticator app (numeric keyboard, filled in by the phone where it can). */
export function OneTimeCodeField({ id, value, error, onValueChange, ref }: OneTimeCodeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      ref={ref}
      id={id}
      name="code"
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9]*"
      maxLength={6}
      label={t('secondFactor.codeLabel')}
      hint={t('secondFactor.codeHint')}
      value={value}
      error={error}
      onValueChange={onValueChange}
    />
  );
}
