import { useTranslation } from 'react-i18next';
import { TextLink } from '../ui/TextLink';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="utrecht-page-footer dialoog-footer">
      <div className="dialoog-container">
        <nav aria-label={t('footer.label')}>
          <ul className="dialoog-footer__links">
            <li>
              <TextLink to="/cijfers">{t('footer.figures')}</TextLink>
            </li>
            <li>
              <TextLink to="/partner">{t('footer.partner')}</TextLink>
            </li>
          </ul>
        </nav>
        <p className="utrecht-paragraph">{t('app.footerText')}</p>
      </div>
    </footer>
  );
}
