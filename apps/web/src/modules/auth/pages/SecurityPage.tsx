import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessageView, type StatusMessage } from '../../../ui/StatusMessage';
import { DisableSecondFactorForm } from '../components/DisableSecondFactorForm';
import { LoginRequired } from '../components/LoginRequired';
import { SECURITY_PATH } from '../components/SecondFactorRequiredBanner';
import { SecondFactorEnrolment } from '../components/SecondFactorEnrolment';
import { SecondFactorPolicyForm } from '../components/SecondFactorPolicyForm';
import { isStaff } from '../hooks/isStaff';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useSecondFactorStatus } from '../hooks/useSecondFactorStatus';

/** /account/beveiliging: set up or turn off the second factor; admins also set the municipality's policy. */
export function SecurityPage() {
  const { t } = useTranslation();
  const { user, loading: userLoading } = useCurrentUser();
  const { status, loading, error, refetch } = useSecondFactorStatus(user !== null);
  const [enrolling, setEnrolling] = useState(false);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  let body;
  if (userLoading || loading) {
    body = <p className="utrecht-paragraph">{t('common.loading')}</p>;
  } else if (!user) {
    body = (
      <LoginRequired
        returnTo={SECURITY_PATH}
        title={t('secondFactor.loginRequiredTitle')}
        message={t('secondFactor.loginRequired')}
        loginLabel={t('nav.login')}
        registerLabel={t('nav.register')}
      />
    );
  } else if (!status) {
    body = error ? <ErrorMessage error={error} onRetry={() => void refetch().catch(() => undefined)} /> : null;
  } else {
    const staff = isStaff(user.role);
    body = (
      <>
        <p className="utrecht-paragraph">{t('secondFactor.intro')}</p>
        {enrolling || !status.enabled ? (
          <>
            {enrolling ? null : <p className="utrecht-paragraph">{t('secondFactor.statusOff')}</p>}
            <SecondFactorEnrolment
              onFinished={() => {
                setEnrolling(false);
                setMessage({ text: t('secondFactor.enabled'), key: Date.now() });
              }}
              onStarted={() => setEnrolling(true)}
            />
          </>
        ) : (
          <>
            <p className="utrecht-paragraph">
              {t('secondFactor.statusOn')} {t('secondFactor.recoveryLeft', { count: status.unusedRecoveryCodes })}
            </p>
            {staff && status.requiredForStaff ? (
              <p className="utrecht-paragraph">{t('secondFactor.cannotDisable')}</p>
            ) : (
              <DisableSecondFactorForm onDisabled={() => setMessage({ text: t('secondFactor.disabled'), key: Date.now() })} />
            )}
          </>
        )}
        {user.role === 'ADMIN' && !enrolling ? <SecondFactorPolicyForm requiredForStaff={status.requiredForStaff} /> : null}
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('secondFactor.title')} />
      <StatusMessageView message={message} />
      {body}
    </>
  );
}
