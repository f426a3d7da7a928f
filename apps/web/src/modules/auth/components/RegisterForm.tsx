import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import type { FormState } from '../../../ui/useFormState';
import { PASSWORD_MIN_LENGTH, type RegisterField } from '../hooks/validateAuth';

const FIELDS: readonly RegisterField[] = ['displayName', 'email', 'password'];
const fieldId = (field: RegisterField) => `register-${field}`;

export interface RegisterFormProps {
  form: FormState<RegisterField>;
}

export function RegisterForm({ form }: RegisterFormProps) {
  const { t } = useTranslation();
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);
  return (
    <form className="utrecht-form dialoog-form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        id={fieldId('displayName')}
        name="displayName"
        autoComplete="name"
        label={t('register.displayNameLabel')}
        hint={t('register.displayNameHint')}
        value={values.displayName}
        error={errorText('displayName')}
        onValueChange={(value) => setValue('displayName', value)}
      />
      <TextField
        id={fieldId('email')}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        label={t('register.emailLabel')}
        value={values.email}
        error={errorText('email')}
        onValueChange={(value) => setValue('email', value)}
      />
      <TextField
        id={fieldId('password')}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        label={t('register.passwordLabel')}
        hint={t('register.passwordHint')}
        value={values.password}
        error={errorText('password')}
        onValueChange={(value) => setValue('password', value)}
      />
      <Button type="submit" busy={pending}>
        {pending ? t('register.pending') : t('register.submit')}
      </Button>
    </form>
  );
}
