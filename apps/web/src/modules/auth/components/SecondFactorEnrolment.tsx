import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ConfirmSecondFactorDocument,
  SecondFactorStatusDocument,
  StartSecondFactorEnrolmentDocument,
  type StartSecondFactorEnrolmentMutation,
} from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState } from '../../../ui/useFormState';
import { OneTimeCodeField } from './OneTimeCodeField';
import { RecoveryCodes } from './RecoveryCodes';

type Started = StartSecondFactorEnrolmentMutation['startSecondFactorEnrolment'];
const FIELDS = ['code'] as const;
const fieldId = () => 'enrol-code';

/** The key in groups of four, easier to type over. */
const grouped = (secret: string): string => secret.replace(/(.{4})(?=.)/g, '$1 ');

/** Start → QR code and key → a code from the app turns it on → recovery codes (once). */
export function SecondFactorEnrolment({ onStarted, onFinished }: { onStarted: () => void; onFinished: () => void }) {
  const { t } = useTranslation();
  const [start] = useMutation(StartSecondFactorEnrolmentDocument);
  const [confirm] = useMutation(ConfirmSecondFactorDocument, { refetchQueries: [SecondFactorStatusDocument], awaitRefetchQueries: false });
  const starting = useAsyncAction();
  const [started, setStarted] = useState<Started | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The start button is gone once the QR code shows: move focus to its heading.
  useEffect(() => {
    if (started) {
      heading.current?.focus();
    }
  }, [started]);
  const form = useFormState<'code'>({
    initialValues: { code: '' },
    validate: ({ code }) =>
      !code.trim()
        ? { code: { text: t('secondFactor.codeRequired') } }
        : /^\d{6}$/.test(code.replace(/\s/g, ''))
          ? {}
          : { code: { text: t('secondFactor.codeInvalid') } },
    submit: async ({ code }) => {
      const result = await confirm({ variables: { input: { code: code.replace(/\s/g, '') } } });
      setRecoveryCodes(result.data?.confirmSecondFactor.recoveryCodes ?? []);
    },
  });
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);

  if (recoveryCodes) {
    return (
      <>
        <StatusMessageView message={{ text: t('secondFactor.enabled'), key: 1 }} />
        <RecoveryCodes codes={recoveryCodes} onDone={onFinished} />
      </>
    );
  }
  if (!started) {
    return (
      <>
        {starting.error ? <ErrorMessage error={starting.error} /> : null}
        <Button
          busy={starting.pending}
          onClick={() =>
            void starting.run(async () => {
              const result = await start();
              setStarted(result.data?.startSecondFactorEnrolment ?? null);
              onStarted();
            })
          }
        >
          {starting.pending ? t('secondFactor.starting') : t('secondFactor.start')}
        </Button>
      </>
    );
  }
  return (
    <section aria-labelledby="enrol-heading">
      <h2 id="enrol-heading" className="utrecht-heading-2" tabIndex={-1} ref={heading}>
        {t('secondFactor.start')}
      </h2>
      <p className="utrecht-paragraph">{t('secondFactor.scanStep')}</p>
      <img className="dialoog-qr-code" src={started.qrCodeDataUrl} alt={t('secondFactor.qrAlt')} width={200} height={200} />
      <p className="utrecht-paragraph">{t('secondFactor.manualKey')}</p>
      <p className="utrecht-paragraph">
        <code className="dialoog-secret-key" data-testid="second-factor-key">
          {grouped(started.secret)}
        </code>
      </p>
      <p className="utrecht-paragraph">{t('secondFactor.codeStep')}</p>
      <form className="utrecht-form dialoog-form" noValidate onSubmit={form.handleSubmit}>
        <ErrorSummary items={summary} focusKey={form.failedSubmits} />
        <OneTimeCodeField
          id={fieldId()}
          value={form.values.code}
          error={errorText('code')}
          onValueChange={(value) => form.setValue('code', value)}
        />
        <Button type="submit" busy={form.pending}>
          {form.pending ? t('secondFactor.checking') : t('secondFactor.confirm')}
        </Button>
      </form>
    </section>
  );
}
