import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeading } from '../../../ui/PageHeading';
import { TextLink } from '../../../ui/TextLink';
import { LoginCodeForm } from '../components/LoginCodeForm';
import { LoginForm } from '../components/LoginForm';
import { useLoginForm } from '../hooks/useLoginForm';
import { useReturnTarget, withReturnTarget } from '../hooks/useReturnTarget';

export function LoginPage() {
  const { t } = useTranslation();
  const returnTarget = useReturnTarget();
  // A password reset or confirmation link for an account with a second factor lands here at the code step.
  const arrivedForCode = (useLocation().state as { codeNeeded?: boolean } | null)?.codeNeeded === true;
  const [codeNeeded, setCodeNeeded] = useState(arrivedForCode);
  const form = useLoginForm(returnTarget, () => setCodeNeeded(true));
  if (codeNeeded) {
    return (
      <>
        <PageHeading title={t('secondFactor.codeTitle')} />
        <LoginCodeForm returnTarget={returnTarget} onStartOver={() => setCodeNeeded(false)} />
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('login.title')} />
      <LoginForm form={form} />
      <p className="utrecht-paragraph dialoog-after-form">
        <TextLink to="/wachtwoord-vergeten">{t('login.forgotPassword')}</TextLink>
      </p>
      <p className="utrecht-paragraph">
        {t('login.noAccount')} <TextLink to={withReturnTarget('/registreren', returnTarget)}>{t('login.registerLink')}</TextLink>
      </p>
    </>
  );
}
