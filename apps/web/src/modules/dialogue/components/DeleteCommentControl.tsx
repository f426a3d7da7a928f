import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';

export interface DeleteCommentControlProps {
  /** Removes the comment; the thread then moves focus and announces it. */
  onDelete: () => Promise<void>;
}

/** "Verwijderen" asks once more in place ("Ja, verwijderen" / "Annuleren") before removing. */
export function DeleteCommentControl({ onDelete }: DeleteCommentControlProps) {
  const { t } = useTranslation();
  const action = useAsyncAction();
  const [confirming, setConfirming] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) {
      confirmRef.current?.focus();
    }
  }, [confirming]);

  if (!confirming) {
    return (
      <Button ref={openerRef} appearance="subtle" onClick={() => setConfirming(true)}>
        {t('comments.delete')}
      </Button>
    );
  }
  return (
    <div className="dialoog-comment__confirm" role="group" aria-label={t('comments.deleteConfirm')}>
      <p className="utrecht-paragraph">{t('comments.deleteConfirm')}</p>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      <div className="dialoog-button-row">
        <Button ref={confirmRef} appearance="secondary" busy={action.pending} onClick={() => void action.run(onDelete)}>
          {action.pending ? t('comments.deleting') : t('comments.deleteYes')}
        </Button>
        <Button
          appearance="subtle"
          disabled={action.pending}
          onClick={() => {
            setConfirming(false);
            action.reset();
            requestAnimationFrame(() => openerRef.current?.focus());
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
