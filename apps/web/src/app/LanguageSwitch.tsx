import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, type AppLanguage } from './i18n/i18n';

/** Switches between Dutch and English; the button is labelled in the language it switches to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target: AppLanguage = currentLanguage() === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      className="utrecht-link-button utrecht-link-button--html-button dialoog-language-switch"
      lang={target}
      onClick={() => void changeLanguage(target)}
    >
      {t('language.other')}
    </button>
  );
}
