import { useTranslation } from 'react-i18next';
import { useLogout } from '../hooks/useLogout';

export function LogoutButton() {
  const { t } = useTranslation();
  const { logout, pending } = useLogout();
  return (
    <button
      type="button"
      className="utrecht-link-button utrecht-link-button--html-button dialoog-nav-button"
      disabled={pending}
      onClick={() => void logout()}
    >
      {pending ? t('nav.loggingOut') : t('nav.logout')}
    </button>
  );
}
