import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../../ui/SelectField';
import { SelectField } from '../../../ui/SelectField';
import type { FilterName, InitiativeFilterValues } from '../hooks/useInitiativeFilters';

export interface InitiativeFiltersProps {
  values: InitiativeFilterValues;
  statusOptions: readonly SelectOption[];
  neighbourhoodOptions: readonly SelectOption[];
  themeOptions: readonly SelectOption[];
  hasFilters: boolean;
  onChange: (name: FilterName, value: string) => void;
  onClear: () => void;
}

/** Filters for the list; every change updates the URL and the results below at once. */
export function InitiativeFilters({
  values,
  statusOptions,
  neighbourhoodOptions,
  themeOptions,
  hasFilters,
  onChange,
  onClear,
}: InitiativeFiltersProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <form className="dialoog-filters" aria-labelledby={headingId} onSubmit={(event) => event.preventDefault()}>
      <h2 id={headingId} className="utrecht-heading-2">
        {t('filters.heading')}
      </h2>
      <div className="dialoog-filters__fields">
        <SelectField
          id="filter-status"
          label={t('filters.status')}
          emptyOption={t('filters.allStatuses')}
          options={statusOptions}
          value={values.status}
          onValueChange={(value) => onChange('status', value)}
        />
        <SelectField
          id="filter-neighbourhood"
          label={t('filters.neighbourhood')}
          emptyOption={t('filters.allNeighbourhoods')}
          options={neighbourhoodOptions}
          value={values.neighbourhood}
          onValueChange={(value) => onChange('neighbourhood', value)}
        />
        <SelectField
          id="filter-theme"
          label={t('filters.theme')}
          emptyOption={t('filters.allThemes')}
          options={themeOptions}
          value={values.theme}
          onValueChange={(value) => onChange('theme', value)}
        />
      </div>
      {hasFilters ? (
        <button type="button" className="utrecht-link-button utrecht-link-button--html-button" onClick={onClear}>
          {t('filters.reset')}
        </button>
      ) : null}
    </form>
  );
}
