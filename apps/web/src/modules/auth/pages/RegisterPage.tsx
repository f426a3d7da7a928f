import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { TextLink } from '../../../ui/TextLink';
import { RegisterForm } from '../components/RegisterForm';
import { useRegisterForm } from '../hooks/useRegisterForm';
import { useReturnTarget, withReturnTarget } from '../hooks/useReturnTarget';

export function RegisterPage() {
  const { t } = useTranslation();
  const returnTarget = useReturnTarget();
  const form = useRegisterForm(returnTarget);
  return (
    <>
      <PageHeading title={t('register.title')} />
      <p className="utrecht-paragraph">{t('register.intro')}</p>
      <RegisterForm form={form} />
      <p className="utrecht-paragraph dialoog-after-form">
        {t('register.haveAccount')} <TextLink to={withReturnTarget('/inloggen', returnTarget)}>{t('register.loginLink')}</TextLink>
      </p>
    </>
  );
}
