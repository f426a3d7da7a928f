import { useTranslation } from 'react-i18next';
import type { ThemeInput } from '../../../generated/graphql';
import type { AdminTheme } from '../hooks/usePlaceAdmin';
import { PlaceTable } from './PlaceTable';
import { ThemeForm } from './ThemeForm';

export interface ThemeTableProps {
  themes: readonly AdminTheme[];
  onSave: (id: string, input: ThemeInput) => Promise<string>;
  onSaved: (name: string) => void;
  onRetire: (theme: AdminTheme) => Promise<void>;
}

/** The themes residents can choose: name, short name (slug) and icon; change (form below the row) or retire. */
export function ThemeTable({ themes, onSave, onSaved, onRetire }: ThemeTableProps) {
  const { t } = useTranslation();
  return (
    <PlaceTable
      caption={t('admin.places.themesCaption')}
      rows={themes}
      columns={[
        { header: t('admin.places.slug'), cell: (theme) => theme.slug },
        { header: t('admin.places.icon'), cell: (theme) => theme.icon },
      ]}
      editIdPrefix="edit-theme"
      retireQuestion={(theme) => t('admin.places.retireQuestionTheme', { name: theme.name })}
      onRetire={onRetire}
      onSaved={onSaved}
      renderEditForm={(theme, handlers) => (
        <ThemeForm theme={theme} focusOnOpen onSave={(input) => onSave(theme.id, input)} {...handlers} />
      )}
    />
  );
}
