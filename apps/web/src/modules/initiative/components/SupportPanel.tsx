import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailFieldsFragment } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextLink } from '../../../ui/TextLink';
import { useFormatDate } from '../../../ui/useFormatDate';
import { withReturnTarget } from '../../auth/hooks/useReturnTarget';
import { useSupport } from '../hooks/useSupport';

export interface SupportPanelProps {
  initiative: InitiativeDetailFieldsFragment;
  signedIn: boolean;
  viewerIsAuthor: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Support count, progress to the threshold, days left, and the support button (with a pending state). */
export function SupportPanel({ initiative, signedIn, viewerIsAuthor }: SupportPanelProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const countId = useId();
  const { action, support, withdraw } = useSupport(initiative.id);
  const [announcement, setAnnouncement] = useState('');
  const { supportCount, supportThreshold, supportOpen, viewerSupports, supportClosesAt, thresholdReachedAt } = initiative;
  const daysLeft = supportClosesAt ? Math.max(0, Math.ceil((new Date(supportClosesAt).getTime() - Date.now()) / DAY_MS)) : null;

  const toggle = async () => {
    const wasSupporting = viewerSupports;
    const ok = await (wasSupporting ? withdraw() : support());
    if (ok) {
      setAnnouncement(wasSupporting ? t('support.withdrawn') : t('support.given'));
    }
  };

  return (
    <section className="dialoog-panel dialoog-support" aria-labelledby="support-heading">
      <h2 id="support-heading" className="utrecht-heading-2">
        {t('support.heading')}
      </h2>
      <p id={countId} className="utrecht-paragraph dialoog-support__count">
        {t('support.progress', { count: supportCount, threshold: supportThreshold })}
      </p>
      <progress
        className="dialoog-progress"
        max={supportThreshold}
        value={Math.min(supportCount, supportThreshold)}
        aria-labelledby={countId}
      />
      {thresholdReachedAt ? (
        <p className="utrecht-paragraph">
          {initiative.decisionDueOn ? t('support.reachedWithDue', { date: formatDate(initiative.decisionDueOn) }) : t('support.reached')}
        </p>
      ) : null}
      {supportOpen && daysLeft !== null ? (
        <p className="utrecht-paragraph">{t('support.daysLeft', { count: daysLeft, date: formatDate(supportClosesAt ?? '') })}</p>
      ) : null}
      {!supportOpen ? <p className="utrecht-paragraph">{t('support.closed')}</p> : null}
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {supportOpen && signedIn && !viewerIsAuthor ? (
        <Button appearance={viewerSupports ? 'secondary' : 'primary'} busy={action.pending} onClick={() => void toggle()}>
          {action.pending ? t('support.pending') : viewerSupports ? t('support.withdraw') : t('support.button')}
        </Button>
      ) : null}
      {supportOpen && viewerIsAuthor ? <p className="utrecht-paragraph">{t('support.ownInitiative')}</p> : null}
      {supportOpen && !signedIn ? (
        <p className="utrecht-paragraph">
          <TextLink to={withReturnTarget('/inloggen', `/initiatieven/${initiative.id}`)}>{t('support.loginToSupport')}</TextLink>
        </p>
      ) : null}
      <p className="dialoog-visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
