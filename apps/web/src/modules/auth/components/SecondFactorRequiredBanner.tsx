import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { TextLink } from '../../../ui/TextLink';
import { isStaff } from '../hooks/isStaff';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useSecondFactorStatus } from '../hooks/useSecondFactorStatus';

export const SECURITY_PATH = '/account/beveiliging';

/** For staff whose municipality requires a second factor they have not set up: on every page, a way there. */
export function SecondFactorRequiredBanner() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const staff = user !== null && isStaff(user.role);
  const { status } = useSecondFactorStatus(staff);
  const { pathname } = useLocation();
  if (!staff || !status?.mustEnrol) {
    return null;
  }
  return (
    <Alert type="warning">
      <p className="utrecht-paragraph">{t('secondFactor.requiredBanner')}</p>
      {pathname === SECURITY_PATH ? null : (
        <p className="utrecht-paragraph">
          <TextLink to={SECURITY_PATH}>{t('secondFactor.requiredBannerLink')}</TextLink>
        </p>
      )}
    </Alert>
  );
}
