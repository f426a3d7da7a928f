import { useTranslation } from 'react-i18next';
import type { InitiativeCardFieldsFragment, ModerationDecision } from '../../../generated/graphql';
import { TextLink } from '../../../ui/TextLink';
import { useFormatDateTime } from '../../../ui/useFormatDateTime';
import { ModerationActions } from '../../initiative/components/ModerationActions';

export interface ModerationItemProps {
  initiative: InitiativeCardFieldsFragment;
  onDecide: (decision: ModerationDecision, reason: string | null) => Promise<void>;
}

/** One submitted initiative in the queue: what it is, who sent it, and the three decisions. */
export function ModerationItem({ initiative, onDecide }: ModerationItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const headingId = `moderation-${initiative.id}`;
  return (
    <article className="dialoog-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-3 dialoog-card__title">
        <TextLink to={`/initiatieven/${encodeURIComponent(initiative.id)}`}>{initiative.title}</TextLink>
      </h2>
      <p className="utrecht-paragraph dialoog-card__meta">
        {t('moderation.submittedBy', { name: initiative.author.displayName })} ·{' '}
        <time dateTime={initiative.createdAt}>{formatDateTime(initiative.createdAt)}</time>
        {initiative.neighbourhood ? <> · {initiative.neighbourhood.name}</> : null}
      </p>
      <p className="utrecht-paragraph dialoog-card__summary">{initiative.summary}</p>
      <ModerationActions onDecide={onDecide} />
    </article>
  );
}
