import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeInput } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ScrollTable } from '../../stats/components/ScrollTable';
import type { AdminTheme } from '../hooks/usePlaceAdmin';
import { ThemeForm } from './ThemeForm';
import { RetireButton } from './RetireButton';

export interface ThemeTableProps {
  themes: readonly AdminTheme[];
  onSave: (id: string, input: ThemeInput) => Promise<string>;
  onSaved: (name: string) => void;
  onRetire: (theme: AdminTheme) => Promise<void>;
}

/** The themes residents can choose: name, short name (slug) and icon; change (form below the row) or retire. */
export function ThemeTable({ themes, onSave, onSaved, onRetire }: ThemeTableProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);

  useEffect(() => {
    if (returnFocusTo) {
      document.getElementById(`edit-theme-${returnFocusTo}`)?.focus();
    }
  }, [returnFocusTo]);

  const open = (id: string) => {
    setReturnFocusTo(null);
    setEditing(id);
  };
  const close = (id: string) => {
    setEditing(null);
    setReturnFocusTo(id);
  };

  return (
    <ScrollTable caption={t('admin.places.themesCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('admin.places.name')}</th>
          <th scope="col">{t('admin.places.slug')}</th>
          <th scope="col">{t('admin.places.icon')}</th>
          <th scope="col">{t('admin.places.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {themes.map((theme) => (
          <Fragment key={theme.id}>
            <tr>
              <th scope="row">{theme.name}</th>
              <td>{theme.slug}</td>
              <td>{theme.icon}</td>
              <td>
                <div className="dialoog-row-actions">
                  <Button
                    id={`edit-theme-${theme.id}`}
                    appearance="secondary"
                    aria-label={t('admin.places.editLabel', { name: theme.name })}
                    aria-expanded={editing === theme.id}
                    onClick={() => (editing === theme.id ? close(theme.id) : open(theme.id))}
                  >
                    {t('admin.places.edit')}
                  </Button>
                  <RetireButton
                    name={theme.name}
                    question={t('admin.places.retireQuestionTheme', { name: theme.name })}
                    onRetire={() => onRetire(theme)}
                  />
                </div>
              </td>
            </tr>
            {editing === theme.id ? (
              <tr>
                <td colSpan={4}>
                  <ThemeForm
                    theme={theme}
                    focusOnOpen
                    onSave={(input) => onSave(theme.id, input)}
                    onSaved={(name) => {
                      setEditing(null);
                      onSaved(name);
                    }}
                    onCancel={() => close(theme.id)}
                  />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </ScrollTable>
  );
}
