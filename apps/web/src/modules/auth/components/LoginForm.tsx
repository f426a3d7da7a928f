import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { summaryItems } from '../../../ui/summaryItems';
import { TextField } from '../../../ui/TextField';
import type { FormState } from '../../../ui/useFormState';
import { useMessageText } from '../../../ui/useMessageText';
import type { LoginField } from '../hooks/validateAuth';

const FIELDS: readonly LoginField[] = ['email', 'password'];
const fieldId = (field: LoginField) => `login-${field}`;

export interface LoginFormProps {
  form: FormState<LoginField>;
}

export function LoginForm({ form }: LoginFormProps) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { values, setValue, fieldErrors, generalError, pending, failedSubmits, handleSubmit } = form;
  const errorText = (field: LoginField) => {
    const error = fieldErrors[field];
    return error ? text(error) : undefined;
  };
  return (
    <form className="utrecht-form dialoog-form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, generalError, fieldId, text)} focusKey={failedSubmits} />
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
