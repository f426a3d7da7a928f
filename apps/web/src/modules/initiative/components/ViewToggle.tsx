import { useTranslation } from 'react-i18next';
import type { ListView } from '../hooks/useInitiativeFilters';

export interface ViewToggleProps {
  view: ListView;
  onChange: (view: ListView) => void;
}

const VIEWS: readonly ListView[] = ['lijst', 'kaart'];

/** "Lijst | Kaart": two toggle buttons; the pressed one is the current view. */
export function ViewToggle({ view, onChange }: ViewToggleProps) {
  const { t } = useTranslation();
  return (
    <div className="dialoog-toggle" role="group" aria-label={t('view.label')}>
      {VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          className="utrecht-button utrecht-button--secondary-action dialoog-toggle__button"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          {option === 'lijst' ? t('view.list') : t('view.map')}
        </button>
      ))}
    </div>
  );
}
