import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../ui/TextLink';
import { withReturnTarget } from '../../auth/hooks/useReturnTarget';
import type { NeedActions, NeedWithPledges } from '../hooks/useNeeds';
import { useNeedText } from '../hooks/useNeedText';
import { ManagedPledgeRow } from './ManagedPledgeRow';
import { PledgeForm } from './PledgeForm';

export interface NeedItemProps {
  initiativeId: string;
  need: NeedWithPledges;
  signedIn: boolean;
  pledgingOpen: boolean;
  /** The initiator or staff: sees and manages the pledges. */
  manages: boolean;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  actions: NeedActions;
  announce: (text: string) => void;
}

/** One need: what, when and where, pledged against needed (progress bar and text), and "Ik help mee". */
export function NeedItem({ initiativeId, need, signedIn, pledgingOpen, manages, organisations, actions, announce }: NeedItemProps) {
  const { t } = useTranslation();
  const needText = useNeedText();
  const headingId = useId();
  const progressId = useId();
  const when = needText.when(need);
  return (
    <article className="dialoog-card dialoog-need" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3 dialoog-card__title">
        {need.title}
      </h3>
      <p className="utrecht-paragraph dialoog-card__meta">
        {t(`needKind.${need.kind}`)}
        {when ? <> · {when}</> : null}
        {need.kind === 'TASK' && need.hoursEstimate ? <> · {t('needs.hoursEstimate', { count: need.hoursEstimate })}</> : null}
      </p>
      {need.description ? <p className="utrecht-paragraph">{need.description}</p> : null}
      {need.skills ? <p className="utrecht-paragraph">{t('needs.skills', { skills: need.skills })}</p> : null}
      <p id={progressId} className="utrecht-paragraph dialoog-need__progress-text">
        {needText.progress(need)}
        {need.open === 0 ? <> · {t('needs.full')}</> : null}
      </p>
      <progress
        className="dialoog-progress"
        max={need.capacity}
        value={Math.min(need.pledged, need.capacity)}
        aria-labelledby={progressId}
      />
      {pledgingOpen && signedIn ? (
        <PledgeForm need={need} organisations={organisations} onPledge={(input) => actions.pledge(need.id, input)} />
      ) : null}
      {pledgingOpen && !signedIn && need.open > 0 ? (
        <p className="utrecht-paragraph">
          <TextLink to={withReturnTarget('/inloggen', `/initiatieven/${initiativeId}`)}>{t('pledge.loginToHelp')}</TextLink>
        </p>
      ) : null}
      {manages ? (
        <div className="dialoog-need__pledges">
          <h4 className="utrecht-heading-4">{t('pledges.heading')}</h4>
          {need.pledges.length === 0 ? (
            <p className="utrecht-paragraph">{t('pledges.none')}</p>
          ) : (
            <ul className="dialoog-plain-list">
              {need.pledges.map((pledge) => (
                <ManagedPledgeRow key={pledge.id} need={need} pledge={pledge} actions={actions} announce={announce} />
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </article>
  );
}
