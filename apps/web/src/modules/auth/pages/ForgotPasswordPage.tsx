import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestPasswordResetDocument } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { TextField } from '../../../ui/TextField';
import { TextLink } from '../../../ui/TextLink';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState } from '../../../ui/useFormState';
import { validateForgotPassword, type ForgotPasswordField } from '../hooks/validateAuth';

const FIELDS: readonly ForgotPasswordField[] = ['email'];
const fieldId = (field: ForgotPasswordField) => `forgot-${field}`;

/** "Wachtwoord vergeten?": mails a link to choose a new password (the same answer for any address). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [requestReset] = useMutation(RequestPasswordResetDocument);
  const [sentMessage, setSentMessage] = useState<string | null>(null);
  const form = useFormState<ForgotPasswordField>({
    initialValues: { email: '' },
    validate: validateForgotPassword,
    submit: async ({ email }) => {
      const { data } = await requestReset({ variables: { email: email.trim() } });
      setSentMessage(data?.requestPasswordReset.message || t('forgotPassword.sent'));
    },
  });
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);
  return (
    <>
      <PageHeading title={t('forgotPassword.title')} />
      <StatusMessageView message={sentMessage === null ? null : { text: sentMessage, key: 1 }} />
      {sentMessage === null ? (
        <>
          <p className="utrecht-paragraph">{t('forgotPassword.intro')}</p>
          <form className="utrecht-form dialoog-form" noValidate onSubmit={form.handleSubmit}>
            <ErrorSummary items={summary} focusKey={form.failedSubmits} />
            <TextField
              id={fieldId('email')}
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              label={t('login.emailLabel')}
              value={form.values.email}
              error={errorText('email')}
              onValueChange={(value) => form.setValue('email', value)}
            />
            <Button type="submit" busy={form.pending}>
              {form.pending ? t('forgotPassword.pending') : t('forgotPassword.submit')}
            </Button>
          </form>
        </>
      ) : null}
      <p className="utrecht-paragraph dialoog-back">
        <TextLink to="/inloggen">{t('forgotPassword.backToLogin')}</TextLink>
      </p>
    </>
  );
}
