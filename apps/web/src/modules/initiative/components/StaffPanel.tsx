import { useTranslation } from 'react-i18next';
import type { ModerationDecision } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { ReasonActionForm } from '../../../ui/ReasonActionForm';
import { TextLink } from '../../../ui/TextLink';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { auditLogOfItem } from '../../admin/pages/adminPaths';
import { isAdmin } from '../../auth/hooks/isAdmin';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ModerationActions } from './ModerationActions';

export interface StaffPanelProps {
  initiativeId: string;
  canModerate: boolean;
  hidden: boolean;
  onDecide: (decision: ModerationDecision, reason: string | null) => Promise<void>;
  onHide: (reason: string) => Promise<void>;
  onUnhide: () => Promise<void>;
}

/** For facilitators and admins: moderate a submitted initiative; hide (with a reason) or show again. */
export function StaffPanel({ initiativeId, canModerate, hidden, onDecide, onHide, onUnhide }: StaffPanelProps) {
  const { t } = useTranslation();
  const unhide = useAsyncAction();
  const { user } = useCurrentUser();
  return (
    <section className="dialoog-panel" aria-labelledby="staff-heading">
      <h2 id="staff-heading" className="utrecht-heading-2">
        {t('initiative.staff.heading')}
      </h2>
      {canModerate ? (
        <>
          <h3 className="utrecht-heading-3">{t('moderation.heading')}</h3>
          <ModerationActions onDecide={onDecide} />
        </>
      ) : null}
      {hidden ? (
        <>
          {unhide.error ? <ErrorMessage error={unhide.error} /> : null}
          <Button appearance="secondary" busy={unhide.pending} onClick={() => void unhide.run(onUnhide)}>
            {unhide.pending ? t('initiative.staff.unhidePending') : t('initiative.staff.unhide')}
          </Button>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('initiative.staff.hideIntro')}</p>
          <ReasonActionForm
            openLabel={t('initiative.staff.hide')}
            reasonLabel={t('initiative.staff.hideReasonLabel')}
            reasonHint={t('initiative.staff.hideReasonHint')}
            confirmLabel={t('initiative.staff.hideConfirm')}
            pendingLabel={t('initiative.staff.hidePending')}
            onConfirm={onHide}
          />
        </>
      )}
      {isAdmin(user?.role) ? (
        <p className="utrecht-paragraph">
          <TextLink to={auditLogOfItem(initiativeId)}>{t('admin.log.staffPanelLink')}</TextLink>
        </p>
      ) : null}
    </section>
  );
}
