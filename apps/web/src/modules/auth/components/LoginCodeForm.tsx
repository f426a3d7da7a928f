import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useLoginCodeForm, type LoginCodeField } from '../hooks/useLoginCodeForm';
import { OneTimeCodeField } from './OneTimeCodeField';

const FIELDS: readonly LoginCodeField[] = ['code'];
const fieldId = () => 'login-code';

export interface LoginCodeFormProps {
  returnTarget: string;
  onStartOver: () => void;
}

/** After the right password: the code from the authenticator app, or (link) a recovery code. */
export function LoginCodeForm({ returnTarget, onStartOver }: LoginCodeFormProps) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  return (
    <CodeStep
      key={recovery ? 'recovery' : 'app'}
      recovery={recovery}
      returnTarget={returnTarget}
      onToggle={() => setRecovery((value) => !value)}
      onStartOver={onStartOver}
      labels={{ required: t('secondFactor.codeRequired'), invalid: t('secondFactor.codeInvalid') }}
    />
  );
}

interface CodeStepProps extends LoginCodeFormProps {
  recovery: boolean;
  onToggle: () => void;
  labels: { required: string; invalid: string };
}

function CodeStep({ recovery, returnTarget, onToggle, onStartOver, labels }: CodeStepProps) {
  const { t } = useTranslation();
  const form = useLoginCodeForm(returnTarget, labels, recovery);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);
  return (
    <>
      <p className="utrecht-paragraph">{recovery ? t('secondFactor.recoveryIntro') : t('secondFactor.codeIntro')}</p>
      <form className="utrecht-form dialoog-form" noValidate onSubmit={form.handleSubmit}>
        <ErrorSummary items={summary} focusKey={form.failedSubmits} />
        {recovery ? (
          <TextField
            ref={input}
            id={fieldId()}
            name="recoveryCode"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            label={t('secondFactor.recoveryLabel')}
            hint={t('secondFactor.recoveryHint')}
            value={form.values.code}
            error={errorText('code')}
            onValueChange={(value) => form.setValue('code', value)}
          />
        ) : (
          <OneTimeCodeField
            ref={input}
            id={fieldId()}
            value={form.values.code}
            error={errorText('code')}
            onValueChange={(value) => form.setValue('code', value)}
          />
        )}
        <Button type="submit" busy={form.pending}>
          {form.pending ? t('secondFactor.checking') : t('secondFactor.submit')}
        </Button>
      </form>
      <ul className="utrecht-unordered-list dialoog-link-list dialoog-after-form">
        <li className="utrecht-unordered-list__item">
          <button type="button" className="utrecht-link-button utrecht-link-button--html-button" onClick={onToggle}>
            {recovery ? t('secondFactor.useApp') : t('secondFactor.useRecovery')}
          </button>
        </li>
        <li className="utrecht-unordered-list__item">
          <button type="button" className="utrecht-link-button utrecht-link-button--html-button" onClick={onStartOver}>
            {t('secondFactor.startOver')}
          </button>
        </li>
      </ul>
    </>
  );
}
