import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { readAppError } from '../../../app/graphql-errors';
import { ResetPasswordDocument } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { TextField } from '../../../ui/TextField';
import { TextLink } from '../../../ui/TextLink';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState } from '../../../ui/useFormState';
import { useSessionChange } from '../hooks/useSessionChange';
import { PASSWORD_MIN_LENGTH, validateResetPassword, type ResetPasswordField } from '../hooks/validateAuth';

const FIELDS: readonly ResetPasswordField[] = ['newPassword'];
const fieldId = (field: ResetPasswordField) => `reset-${field}`;

/** The link from the password mail: choose a new password; this signs the person in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [resetPassword] = useMutation(ResetPasswordDocument);
  const sessionChanged = useSessionChange();
  const [done, setDone] = useState(false);
  const navigate = useNavigate();
  const form = useFormState<ResetPasswordField>({
    initialValues: { newPassword: '' },
    validate: validateResetPassword,
    submit: async ({ newPassword }) => {
      try {
        await resetPassword({ variables: { token, newPassword } });
      } catch (error) {
        // Saved; the account has a second factor, so logging in still needs the code.
        if (readAppError(error).code === 'LOGIN_CODE_NEEDED') {
          await navigate('/inloggen', { state: { codeNeeded: true } });
          return;
        }
        throw error;
      }
      await sessionChanged();
      setDone(true);
    },
  });
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);
  return (
    <>
      <PageHeading title={t('resetPassword.title')} />
      <StatusMessageView message={done ? { text: t('resetPassword.done'), key: 1 } : null} />
      {done ? (
        <p className="utrecht-paragraph">
          <TextLink to="/">{t('verifyEmail.toHome')}</TextLink>
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('resetPassword.intro')}</p>
          <form className="utrecht-form dialoog-form" noValidate onSubmit={form.handleSubmit}>
            <ErrorSummary items={summary} focusKey={form.failedSubmits} />
            {/* Lets password managers store the new password with the right account. */}
            <TextField
              id={fieldId('newPassword')}
              name="newPassword"
              type="password"
              autoComplete="new-password"
              minLength={PASSWORD_MIN_LENGTH}
              label={t('resetPassword.passwordLabel')}
              hint={t('register.passwordHint')}
              value={form.values.newPassword}
              error={errorText('newPassword')}
              onValueChange={(value) => form.setValue('newPassword', value)}
            />
            <Button type="submit" busy={form.pending}>
              {form.pending ? t('resetPassword.pending') : t('resetPassword.submit')}
            </Button>
          </form>
          <p className="utrecht-paragraph dialoog-back">
            <TextLink to="/wachtwoord-vergeten">{t('resetPassword.newLink')}</TextLink>
          </p>
        </>
      )}
    </>
  );
}
