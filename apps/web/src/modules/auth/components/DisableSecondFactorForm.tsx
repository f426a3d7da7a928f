import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DisableSecondFactorDocument, SecondFactorStatusDocument } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState } from '../../../ui/useFormState';

type Field = 'password' | 'code';
const FIELDS: readonly Field[] = ['password', 'code'];
const fieldId = (field: Field) => `disable-${field}`;

/** Turning the second factor off: the password and a code (from the app or a recovery code). */
export function DisableSecondFactorForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const [disable] = useMutation(DisableSecondFactorDocument, { refetchQueries: [SecondFactorStatusDocument], awaitRefetchQueries: true });
  const form = useFormState<Field>({
    initialValues: { password: '', code: '' },
    validate: ({ password, code }) => ({
      ...(password ? {} : { password: { text: t('secondFactor.passwordRequired') } }),
      ...(code.trim() ? {} : { code: { text: t('secondFactor.codeRequired') } }),
    }),
    submit: async ({ password, code }) => {
      await disable({ variables: { input: { password, code: code.trim() } } });
      onDisabled();
    },
  });
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);
  return (
    <section aria-labelledby="disable-heading">
      <h2 id="disable-heading" className="utrecht-heading-2">
        {t('secondFactor.disableTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('secondFactor.disableIntro')}</p>
      <form className="utrecht-form dialoog-form" noValidate onSubmit={form.handleSubmit}>
        <ErrorSummary items={summary} focusKey={form.failedSubmits} />
        <TextField
          id={fieldId('password')}
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('secondFactor.passwordLabel')}
          value={form.values.password}
          error={errorText('password')}
          onValueChange={(value) => form.setValue('password', value)}
        />
        <TextField
          id={fieldId('code')}
          name="code"
          autoComplete="one-time-code"
          spellCheck={false}
          label={t('secondFactor.disableCodeLabel')}
          value={form.values.code}
          error={errorText('code')}
          onValueChange={(value) => form.setValue('code', value)}
        />
        <Button type="submit" appearance="secondary" busy={form.pending}>
          {form.pending ? t('secondFactor.disabling') : t('secondFactor.disable')}
        </Button>
      </form>
    </section>
  );
}
