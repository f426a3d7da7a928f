import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import type { SubmitState } from '../hooks/useSubmitInitiative';

export interface SubmitInitiativePanelProps {
  canSubmit: boolean;
  state: SubmitState;
  error: unknown;
  onSubmit: () => void;
}

/** "Indienen" for the author of a draft (or of an initiative sent back for changes). */
export function SubmitInitiativePanel({ canSubmit, state, error, onSubmit }: SubmitInitiativePanelProps) {
  const { t } = useTranslation();
  const successRef = useRef<HTMLDivElement>(null);

  // The button disappears after success: put focus on the confirmation instead of losing it.
  useEffect(() => {
    if (state === 'success') {
      successRef.current?.focus();
    }
  }, [state]);

  if (state === 'success') {
    return (
      <Alert type="ok" role="status" tabIndex={-1} ref={successRef}>
        <p className="utrecht-paragraph">{t('initiative.submit.success')}</p>
      </Alert>
    );
  }
  if (!canSubmit) {
    return null;
  }
  return (
    <section className="dialoog-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading" className="utrecht-heading-2">
        {t('initiative.submit.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('initiative.submit.intro')}</p>
      {state === 'error' ? <ErrorMessage error={error} /> : null}
      <Button busy={state === 'pending'} onClick={onSubmit}>
        {state === 'pending' ? t('initiative.submit.pending') : t('initiative.submit.button')}
      </Button>
    </section>
  );
}
