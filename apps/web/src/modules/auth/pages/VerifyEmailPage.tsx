import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { readAppError } from '../../../app/graphql-errors';
import { VerifyEmailDocument } from '../../../generated/graphql';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { TextLink } from '../../../ui/TextLink';
import { useSessionChange } from '../hooks/useSessionChange';
import { takeVerificationReturn } from '../hooks/verificationReturn';

type Outcome = { state: 'pending' } | { state: 'done'; next: string } | { state: 'error'; error: unknown };

/** The link from the confirmation mail: confirms the address with its token and signs the person in. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [verify] = useMutation(VerifyEmailDocument);
  const sessionChanged = useSessionChange();
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'pending' });
  // A token works once: never send it twice (strict mode runs effects twice in development).
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) {
      return;
    }
    sent.current = true;
    void (async () => {
      try {
        await verify({ variables: { token } });
        await sessionChanged();
        setOutcome({ state: 'done', next: takeVerificationReturn() });
      } catch (error) {
        if (readAppError(error).code === 'LOGIN_CODE_NEEDED') {
          // Confirmed; the account has a second factor, so logging in still needs the code.
          await navigate('/inloggen', { state: { codeNeeded: true } });
          return;
        }
        setOutcome({ state: 'error', error });
      }
    })();
  }, [token, verify, sessionChanged, navigate]);

  return (
    <>
      <PageHeading title={t('verifyEmail.title')} />
      <StatusMessageView message={outcome.state === 'done' ? { text: t('verifyEmail.done'), key: 1 } : null} />
      {outcome.state === 'pending' ? (
        <p className="utrecht-paragraph" role="status">
          {t('verifyEmail.pending')}
        </p>
      ) : null}
      {outcome.state === 'done' ? (
        <p className="utrecht-paragraph">
          <TextLink to={outcome.next}>{outcome.next === '/' ? t('verifyEmail.toHome') : t('verifyEmail.continue')}</TextLink>
        </p>
      ) : null}
      {outcome.state === 'error' ? (
        <>
          <ErrorMessage error={outcome.error} />
          <p className="utrecht-paragraph">{t('verifyEmail.failedHelp')}</p>
          <p className="utrecht-paragraph">
            <TextLink to="/inloggen">{t('verifyEmail.toLogin')}</TextLink>
          </p>
        </>
      ) : null}
    </>
  );
}
