import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '../../../generated/graphql';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { StatusMessageView, type StatusMessage } from '../../../ui/StatusMessage';
import { useInitiativeNeeds, useMyOrganisations, useNeedActions } from '../hooks/useNeeds';
import { AddNeedForm } from './AddNeedForm';
import { ImpactSummary } from './ImpactSummary';
import { NeedItem } from './NeedItem';

/** Statuses in which people can pledge (the API decides; this only hides the buttons). */
const PLEDGING_OPEN: readonly InitiativeStatus[] = ['PUBLISHED', 'UNDER_REVIEW', 'ADOPTED', 'IN_PROGRESS'];
/** Statuses in which no needs can be added any more. */
const NEEDS_CLOSED: readonly InitiativeStatus[] = ['REJECTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN', 'EXPIRED'];

export interface NeedsPanelProps {
  initiativeId: string;
  status: InitiativeStatus;
  hidden: boolean;
  signedIn: boolean;
  /** The initiator or staff. */
  manages: boolean;
}

/** "Wat is er nodig?": the needs with "Ik help mee", the pledges for the initiator, and what the crowd and municipality brought. */
export function NeedsPanel({ initiativeId, status, hidden, signedIn, manages }: NeedsPanelProps) {
  const { t } = useTranslation();
  const { needs, impact, loading, error, refetch } = useInitiativeNeeds(initiativeId);
  const organisations = useMyOrganisations(signedIn);
  const actions = useNeedActions(initiativeId);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [live, setLive] = useState('');
  const pledgingOpen = PLEDGING_OPEN.includes(status) && !hidden;
  const canAdd = manages && !NEEDS_CLOSED.includes(status);

  if (!needs && !loading && !error) {
    return null;
  }
  if (needs && needs.length === 0 && !canAdd && !(impact && impact.matchedCents > 0)) {
    return null;
  }
  return (
    <section className="dialoog-panel dialoog-needs" aria-labelledby="needs-heading">
      <h2 id="needs-heading" className="utrecht-heading-2">
        {t('needs.heading')}
      </h2>
      {impact ? <ImpactSummary impact={impact} /> : null}
      {loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {error && !needs ? <ErrorMessage error={error} onRetry={() => void refetch().catch(() => undefined)} /> : null}
      {needs && needs.length === 0 ? <p className="utrecht-paragraph">{t('needs.none')}</p> : null}
      {needs && needs.length > 0 ? (
        <ul className="dialoog-card-list">
          {needs.map((need) => (
            <li key={need.id}>
              <NeedItem
                initiativeId={initiativeId}
                need={need}
                signedIn={signedIn}
                pledgingOpen={pledgingOpen}
                manages={manages}
                organisations={organisations}
                actions={actions}
                announce={setLive}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="dialoog-visually-hidden" role="status">
        {live}
      </p>
      {canAdd ? (
        <>
          <StatusMessageView message={message} focus={false} />
          <AddNeedForm
            onAdd={actions.addNeed}
            onAdded={(title) => setMessage((current) => ({ text: t('addNeed.added', { title }), key: (current?.key ?? 0) + 1 }))}
          />
        </>
      ) : null}
    </section>
  );
}
