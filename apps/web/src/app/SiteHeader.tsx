import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMunicipality } from '../modules/municipality/hooks/useMunicipality';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';

export function SiteHeader() {
  const { t } = useTranslation();
  const { municipality } = useMunicipality();
  return (
    <header className="utrecht-page-header dialoog-header">
      <div className="dialoog-container dialoog-header__bar">
        <Link to="/" className="dialoog-brand">
          <span className="dialoog-brand__name">{t('app.name')}</span>
          <span className="dialoog-brand__municipality">{municipality?.name ?? t('app.municipalityFallback')}</span>
        </Link>
        <LanguageSwitch />
      </div>
      <div className="dialoog-container">
        <MainNav />
      </div>
    </header>
  );
}
