import { useTranslation } from 'react-i18next';
import type { InitiativeDetailFieldsFragment } from '../../../generated/graphql';
import { Alert } from '../../../ui/Alert';

export interface InitiativeNoticesProps {
  initiative: InitiativeDetailFieldsFragment;
  viewerIsAuthor: boolean;
}

/** What the author (or staff) must know first: draft, hidden and why, changes asked for and why. */
export function InitiativeNotices({ initiative, viewerIsAuthor }: InitiativeNoticesProps) {
  const { t } = useTranslation();
  const lastEvent = initiative.timeline.at(-1);
  const lastReason = lastEvent?.toStatus === initiative.status ? lastEvent.reason : null;
  return (
    <>
      {initiative.hidden ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t('initiative.hiddenNotice')}</p>
          {initiative.hiddenReason ? (
            <p className="utrecht-paragraph">{t('initiative.reason', { reason: initiative.hiddenReason })}</p>
          ) : null}
        </Alert>
      ) : null}
      {viewerIsAuthor && initiative.status === 'DRAFT' ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('initiative.draftNotice')}</p>
        </Alert>
      ) : null}
      {viewerIsAuthor && (initiative.status === 'CHANGES_REQUESTED' || initiative.status === 'REJECTED') ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            {initiative.status === 'CHANGES_REQUESTED' ? t('initiative.changesRequestedNotice') : t('initiative.rejectedNotice')}
          </p>
          {lastReason ? <p className="utrecht-paragraph">{t('initiative.reason', { reason: lastReason })}</p> : null}
        </Alert>
      ) : null}
    </>
  );
}
