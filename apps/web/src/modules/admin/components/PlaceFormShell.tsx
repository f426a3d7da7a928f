import { useEffect, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';

export interface PlaceFormShellProps {
  /** The form's base id: the heading is `${baseId}-heading`, the first field `${baseId}-name`. */
  baseId: string;
  heading: string;
  summary: ErrorSummaryItem[];
  failedSubmits: number;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Changing an existing item ("Opslaan") rather than adding one ("Toevoegen"). */
  editing: boolean;
  pending: boolean;
  onCancel?: () => void;
  /** Move focus to the name field when the form appears (editing in place). */
  focusOnOpen: boolean;
  children: ReactNode;
}

/** The frame of the neighbourhood and theme forms: heading, error summary, the fields, save/add and cancel. */
export function PlaceFormShell({
  baseId,
  heading,
  summary,
  failedSubmits,
  onSubmit,
  editing,
  pending,
  onCancel,
  focusOnOpen,
  children,
}: PlaceFormShellProps) {
  const { t } = useTranslation();
  useEffect(() => {
    if (focusOnOpen) {
      document.getElementById(`${baseId}-name`)?.focus();
    }
  }, [focusOnOpen, baseId]);

  return (
    <form className="utrecht-form dialoog-form" noValidate aria-labelledby={`${baseId}-heading`} onSubmit={onSubmit}>
      <h3 id={`${baseId}-heading`} className="utrecht-heading-3">
        {heading}
      </h3>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      {children}
      <div className="dialoog-actions">
        <Button type="submit" busy={pending}>
          {pending
            ? editing
              ? t('admin.places.saving')
              : t('admin.places.adding')
            : editing
              ? t('admin.places.save')
              : t('admin.places.add')}
        </Button>{' '}
        {onCancel ? (
          <Button appearance="secondary" onClick={onCancel} disabled={pending}>
            {t('admin.places.cancelEdit')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
