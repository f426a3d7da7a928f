import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="utrecht-page-footer dialoog-footer">
      <div className="dialoog-container">
        <p className="utrecht-paragraph">{t('app.footerText')}</p>
      </div>
    </footer>
  );
}
