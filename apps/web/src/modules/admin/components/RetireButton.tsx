import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';

export interface RetireButtonProps {
  name: string;
  /** The question that confirms, e.g. "Weet u zeker … Oude initiatieven houden de buurt." */
  question: string;
  disabled?: boolean;
  /** Retires; after it the item leaves the list (the page announces it). */
  onRetire: () => Promise<void>;
}

/** "Stoppen" with a confirmation in place: the question, "Ja, stoppen" and "Annuleren". */
export function RetireButton({ name, question, disabled = false, onRetire }: RetireButtonProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const openerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const retire = useAsyncAction();

  useEffect(() => {
    if (open) {
      confirmRef.current?.focus();
    }
  }, [open]);

  const close = () => {
    setOpen(false);
    retire.reset();
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  return (
    <div className="dialoog-retire">
      <Button
        ref={openerRef}
        appearance="secondary"
        aria-label={t('admin.places.retireLabel', { name })}
        aria-expanded={open}
        aria-controls={`${baseId}-confirm`}
        disabled={disabled || open}
        onClick={() => setOpen(true)}
      >
        {t('admin.places.retire')}
      </Button>
      <div id={`${baseId}-confirm`} hidden={!open}>
        {open ? (
          <>
            <p className="utrecht-paragraph" id={`${baseId}-question`}>
              {question}
            </p>
            {retire.error ? <ErrorMessage error={retire.error} /> : null}
            <div className="dialoog-actions">
              <Button
                ref={confirmRef}
                busy={retire.pending}
                aria-describedby={`${baseId}-question`}
                onClick={() => void retire.run(onRetire)}
              >
                {retire.pending ? t('admin.places.retiring') : t('admin.places.retireConfirm')}
              </Button>{' '}
              <Button appearance="subtle" disabled={retire.pending} onClick={close}>
                {t('admin.places.cancelEdit')}
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
