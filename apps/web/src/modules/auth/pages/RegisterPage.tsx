import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { TextLink } from '../../../ui/TextLink';
import { RegisterForm } from '../components/RegisterForm';
import { useRegisterForm } from '../hooks/useRegisterForm';
import { useReturnTarget, withReturnTarget } from '../hooks/useReturnTarget';

export function RegisterPage() {
  const { t } = useTranslation();
  const returnTarget = useReturnTarget();
  const [sentMessage, setSentMessage] = useState<string | null>(null);
  const form = useRegisterForm(returnTarget, setSentMessage);
  return (
    <>
      <PageHeading title={sentMessage === null ? t('register.title') : t('register.checkMailTitle')} />
      {/* The form is replaced by the message: it takes focus so it is read out. */}
      <StatusMessageView message={sentMessage === null ? null : { text: sentMessage || t('register.checkMail'), key: 1 }} />
      {sentMessage === null ? (
        <>
          <p className="utrecht-paragraph">{t('register.intro')}</p>
          <RegisterForm form={form} />
          <p className="utrecht-paragraph dialoog-after-form">
            {t('register.haveAccount')} <TextLink to={withReturnTarget('/inloggen', returnTarget)}>{t('register.loginLink')}</TextLink>
          </p>
        </>
      ) : (
        <p className="utrecht-paragraph">{t('register.checkMailHelp')}</p>
      )}
    </>
  );
}
