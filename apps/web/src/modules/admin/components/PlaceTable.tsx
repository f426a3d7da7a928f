import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ScrollTable } from '../../stats/components/ScrollTable';
import { RetireButton } from './RetireButton';

export interface PlaceColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/** What the edit form below a row gets: close it after saving (with the saved name) or on cancel. */
export interface PlaceEditHandlers {
  onSaved: (name: string) => void;
  onCancel: () => void;
}

export interface PlaceTableProps<T extends { id: string; name: string }> {
  caption: string;
  rows: readonly T[];
  /** The columns between the name (row header) and the actions. */
  columns: readonly PlaceColumn<T>[];
  /** Prefix of the edit button's id (`${editIdPrefix}-${row.id}`); focus returns there when the form closes. */
  editIdPrefix: string;
  retireQuestion: (row: T) => string;
  onRetire: (row: T) => Promise<void>;
  /** The edit form shown in a row below the item. */
  renderEditForm: (row: T, handlers: PlaceEditHandlers) => ReactNode;
  onSaved: (name: string) => void;
}

/** A list of neighbourhoods or themes: name, the given columns, and per row change (form below the row) or retire. */
export function PlaceTable<T extends { id: string; name: string }>({
  caption,
  rows,
  columns,
  editIdPrefix,
  retireQuestion,
  onRetire,
  renderEditForm,
  onSaved,
}: PlaceTableProps<T>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);

  useEffect(() => {
    if (returnFocusTo) {
      document.getElementById(`${editIdPrefix}-${returnFocusTo}`)?.focus();
    }
  }, [returnFocusTo, editIdPrefix]);

  const open = (id: string) => {
    setReturnFocusTo(null);
    setEditing(id);
  };
  const close = (id: string) => {
    setEditing(null);
    setReturnFocusTo(id);
  };

  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('admin.places.name')}</th>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
          <th scope="col">{t('admin.places.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Fragment key={row.id}>
            <tr>
              <th scope="row">{row.name}</th>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(row)}</td>
              ))}
              <td>
                <div className="dialoog-row-actions">
                  <Button
                    id={`${editIdPrefix}-${row.id}`}
                    appearance="secondary"
                    aria-label={t('admin.places.editLabel', { name: row.name })}
                    aria-expanded={editing === row.id}
                    onClick={() => (editing === row.id ? close(row.id) : open(row.id))}
                  >
                    {t('admin.places.edit')}
                  </Button>
                  <RetireButton name={row.name} question={retireQuestion(row)} onRetire={() => onRetire(row)} />
                </div>
              </td>
            </tr>
            {editing === row.id ? (
              <tr>
                <td colSpan={columns.length + 2}>
                  {renderEditForm(row, {
                    onSaved: (name) => {
                      setEditing(null);
                      onSaved(name);
                    },
                    onCancel: () => close(row.id),
                  })}
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </ScrollTable>
  );
}
