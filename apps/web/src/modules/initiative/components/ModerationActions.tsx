import { useTranslation } from 'react-i18next';
import type { ModerationDecision } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { ReasonActionForm } from '../../../ui/ReasonActionForm';
import { useAsyncAction } from '../../../ui/useAsyncAction';

export interface ModerationActionsProps {
  /** Runs moderateInitiative; throws on failure. */
  onDecide: (decision: ModerationDecision, reason: string | null) => Promise<void>;
}

/** Goedkeuren / Aanpassing vragen (with a reason) / Afwijzen (with a reason), for a submitted initiative. */
export function ModerationActions({ onDecide }: ModerationActionsProps) {
  const { t } = useTranslation();
  const approval = useAsyncAction();
  return (
    <div className="dialoog-moderation-actions">
      {approval.error ? <ErrorMessage error={approval.error} /> : null}
      <div className="dialoog-button-row">
        <Button busy={approval.pending} onClick={() => void approval.run(() => onDecide('APPROVE', null))}>
          {approval.pending ? t('moderation.approvePending') : t('moderation.approve')}
        </Button>
      </div>
      <ReasonActionForm
        openLabel={t('moderation.requestChanges')}
        reasonLabel={t('moderation.requestChangesLabel')}
        reasonHint={t('moderation.reasonHint')}
        confirmLabel={t('moderation.requestChangesConfirm')}
        pendingLabel={t('moderation.pending')}
        disabled={approval.pending}
        onConfirm={(reason) => onDecide('REQUEST_CHANGES', reason)}
      />
      <ReasonActionForm
        openLabel={t('moderation.reject')}
        reasonLabel={t('moderation.rejectLabel')}
        reasonHint={t('moderation.reasonHint')}
        confirmLabel={t('moderation.rejectConfirm')}
        pendingLabel={t('moderation.pending')}
        disabled={approval.pending}
        onConfirm={(reason) => onDecide('REJECT', reason)}
      />
    </div>
  );
}
