import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../ui/TextLink';
import { ADMIN_PATH } from '../pages/adminPaths';

/** The top of an admin page: the link back to the admin overview, then what the page is for. */
export function AdminPageIntro({ intro }: { intro: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="utrecht-paragraph">
        <TextLink to={ADMIN_PATH}>{t('admin.home.backLink')}</TextLink>
      </p>
      <p className="utrecht-paragraph">{intro}</p>
    </>
  );
}
