import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeighbourhoodInput } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ScrollTable } from '../../stats/components/ScrollTable';
import type { AdminNeighbourhood } from '../hooks/usePlaceAdmin';
import { NeighbourhoodForm } from './NeighbourhoodForm';
import { RetireButton } from './RetireButton';

export interface NeighbourhoodTableProps {
  neighbourhoods: readonly AdminNeighbourhood[];
  onSave: (id: string, input: NeighbourhoodInput) => Promise<string>;
  onSaved: (name: string) => void;
  onRetire: (neighbourhood: AdminNeighbourhood) => Promise<void>;
}

/** The neighbourhoods residents can choose: name, CBS code, boundary yes/no; change (form below the row) or retire. */
export function NeighbourhoodTable({ neighbourhoods, onSave, onSaved, onRetire }: NeighbourhoodTableProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);

  useEffect(() => {
    if (returnFocusTo) {
      document.getElementById(`edit-neighbourhood-${returnFocusTo}`)?.focus();
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
    <ScrollTable caption={t('admin.places.neighbourhoodsCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('admin.places.name')}</th>
          <th scope="col">{t('admin.places.code')}</th>
          <th scope="col">{t('admin.places.boundary')}</th>
          <th scope="col">{t('admin.places.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {neighbourhoods.map((neighbourhood) => (
          <Fragment key={neighbourhood.id}>
            <tr>
              <th scope="row">{neighbourhood.name}</th>
              <td>{neighbourhood.code}</td>
              <td>{neighbourhood.boundary ? t('admin.places.hasBoundary') : t('admin.places.noBoundary')}</td>
              <td>
                <div className="dialoog-row-actions">
                  <Button
                    id={`edit-neighbourhood-${neighbourhood.id}`}
                    appearance="secondary"
                    aria-label={t('admin.places.editLabel', { name: neighbourhood.name })}
                    aria-expanded={editing === neighbourhood.id}
                    onClick={() => (editing === neighbourhood.id ? close(neighbourhood.id) : open(neighbourhood.id))}
                  >
                    {t('admin.places.edit')}
                  </Button>
                  <RetireButton
                    name={neighbourhood.name}
                    question={t('admin.places.retireQuestionNeighbourhood', { name: neighbourhood.name })}
                    onRetire={() => onRetire(neighbourhood)}
                  />
                </div>
              </td>
            </tr>
            {editing === neighbourhood.id ? (
              <tr>
                <td colSpan={4}>
                  <NeighbourhoodForm
                    neighbourhood={neighbourhood}
                    focusOnOpen
                    onSave={(input) => onSave(neighbourhood.id, input)}
                    onSaved={(name) => {
                      setEditing(null);
                      onSaved(name);
                    }}
                    onCancel={() => close(neighbourhood.id)}
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
