import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../ui/TextLink';
import { AdminOnlyPage } from '../components/AdminOnlyPage';
import { ADMIN_PATH, AUDIT_LOG_PATH, MATCHING_PATH, PLACES_PATH } from './adminPaths';

const TOOLS = [
  { path: AUDIT_LOG_PATH, link: 'admin.home.logLink', text: 'admin.home.logText' },
  { path: PLACES_PATH, link: 'admin.home.placesLink', text: 'admin.home.placesText' },
  { path: MATCHING_PATH, link: 'admin.home.matchingLink', text: 'admin.home.matchingText' },
] as const;

/** Admins' home: what this part of the site is for, and a link to each tool. */
export function AdminHomePage() {
  const { t } = useTranslation();
  return (
    <AdminOnlyPage title={t('admin.home.title')} path={ADMIN_PATH}>
      {() => (
        <>
          <p className="utrecht-paragraph">{t('admin.home.intro')}</p>
          <h2 className="utrecht-heading-2">{t('admin.home.toolsHeading')}</h2>
          <ul className="utrecht-unordered-list dialoog-admin-tools">
            {TOOLS.map((tool) => (
              <li key={tool.path} className="utrecht-unordered-list__item">
                <TextLink to={tool.path}>{t(tool.link)}</TextLink>
                <p className="utrecht-paragraph">{t(tool.text)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </AdminOnlyPage>
  );
}
