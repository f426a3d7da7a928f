import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import type { FormState } from '../../../ui/useFormState';
import type { LoginField } from '../hooks/validateAuth';

const FIELDS: readonly LoginField[] = ['email', 'password'];
const fieldId = (field: LoginField) => `login-${field}`;

export interface LoginFormProps {
  form: FormState<LoginField>;
}

export function LoginForm({ form }: LoginFormProps) {
  const { t } = useTranslation();
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);
  return (
    <form className="utrecht-form dialoog-form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        id={fieldId('email')}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        label={t('login.emailLabel')}
        value={values.email}
        error={errorText('email')}
        onValueChange={(value) => setValue('email', value)}
      />
      <TextField
        id={fieldId('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('login.passwordLabel')}
        value={values.password}
        error={errorText('password')}
        onValueChange={(value) => setValue('password', value)}
      />
      <Button type="submit" busy={pending}>
        {pending ? t('login.pending') : t('login.submit')}
      </Button>
    </form>
  );
}
