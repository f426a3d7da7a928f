import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

export interface ActiveFilter {
  /** What the filter is, e.g. "Persoon: Jan". */
  label: string;
  onRemove: () => void;
}

/** The filters now on the audit log, each with a button that removes it. */
export function ActiveFilters({ filters }: { filters: readonly ActiveFilter[] }) {
  const { t } = useTranslation();
  if (filters.length === 0) {
    return null;
  }
  return (
    <section className="dialoog-active-filters" aria-labelledby="active-filters-heading">
      <h2 id="active-filters-heading" className="utrecht-heading-3">
        {t('admin.log.activeFilters')}
      </h2>
      <ul className="utrecht-unordered-list dialoog-active-filters__list">
        {filters.map((filter) => (
          <li key={filter.label} className="utrecht-unordered-list__item">
            <span>{filter.label}</span>{' '}
            <Button
              appearance="secondary"
              aria-label={t('admin.log.removeFilterLabel', { filter: filter.label })}
              onClick={filter.onRemove}
            >
              {t('admin.log.removeFilter')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
