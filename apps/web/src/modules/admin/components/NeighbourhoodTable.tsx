import { useTranslation } from 'react-i18next';
import type { NeighbourhoodInput } from '../../../generated/graphql';
import type { AdminNeighbourhood } from '../hooks/usePlaceAdmin';
import { NeighbourhoodForm } from './NeighbourhoodForm';
import { PlaceTable } from './PlaceTable';

export interface NeighbourhoodTableProps {
  neighbourhoods: readonly AdminNeighbourhood[];
  onSave: (id: string, input: NeighbourhoodInput) => Promise<string>;
  onSaved: (name: string) => void;
  onRetire: (neighbourhood: AdminNeighbourhood) => Promise<void>;
}

/** The neighbourhoods residents can choose: name, CBS code, boundary yes/no; change (form below the row) or retire. */
export function NeighbourhoodTable({ neighbourhoods, onSave, onSaved, onRetire }: NeighbourhoodTableProps) {
  const { t } = useTranslation();
  return (
    <PlaceTable
      caption={t('admin.places.neighbourhoodsCaption')}
      rows={neighbourhoods}
      columns={[
        { header: t('admin.places.code'), cell: (neighbourhood) => neighbourhood.code },
        {
          header: t('admin.places.boundary'),
          cell: (neighbourhood) => (neighbourhood.boundary ? t('admin.places.hasBoundary') : t('admin.places.noBoundary')),
        },
      ]}
      editIdPrefix="edit-neighbourhood"
      retireQuestion={(neighbourhood) => t('admin.places.retireQuestionNeighbourhood', { name: neighbourhood.name })}
      onRetire={onRetire}
      onSaved={onSaved}
      renderEditForm={(neighbourhood, handlers) => (
        <NeighbourhoodForm neighbourhood={neighbourhood} focusOnOpen onSave={(input) => onSave(neighbourhood.id, input)} {...handlers} />
      )}
    />
  );
}
