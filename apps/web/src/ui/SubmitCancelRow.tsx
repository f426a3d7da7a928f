import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface SubmitCancelRowProps {
  /** The submit button's text; `pendingLabel` while the form is being sent. */
  label: string;
  pendingLabel: string;
  pending: boolean;
  onCancel: () => void;
}

/** The buttons under a form that opened in place: send (busy while pending) and "Annuleren" (closes it). */
export function SubmitCancelRow({ label, pendingLabel, pending, onCancel }: SubmitCancelRowProps) {
  const { t } = useTranslation();
  return (
    <div className="dialoog-button-row">
      <Button type="submit" busy={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <Button appearance="subtle" disabled={pending} onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
