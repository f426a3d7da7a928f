import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/SelectField';
import type { SortValue } from '../hooks/useInitiativeFilters';

export interface SortSelectProps {
  value: SortValue;
  /** "Best passend" is offered only while searching. */
  searching: boolean;
  onChange: (value: SortValue) => void;
}

export function SortSelect({ value, searching, onChange }: SortSelectProps) {
  const { t } = useTranslation();
  const values: SortValue[] = searching
    ? ['relevantie', 'nieuwste', 'meeste-steun', 'populair', 'termijn']
    : ['nieuwste', 'meeste-steun', 'populair', 'termijn'];
  return (
    <SelectField
      id="sort"
      className="dialoog-sort__select"
      label={t('sort.label')}
      options={values.map((option) => ({ value: option, label: t(`sort.${option}`) }))}
      value={value}
      onValueChange={(next) => onChange(values.find((option) => option === next) ?? value)}
    />
  );
}
