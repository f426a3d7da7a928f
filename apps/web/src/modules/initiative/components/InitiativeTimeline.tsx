import { useTranslation } from 'react-i18next';
import type { InitiativeDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatDateTime } from '../../../ui/useFormatDateTime';

export interface InitiativeTimelineProps {
  events: InitiativeDetailFieldsFragment['timeline'];
}

/** Every step of the initiative: from → to status, reason, who and when. */
export function InitiativeTimeline({ events }: InitiativeTimelineProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (events.length === 0) {
    return <p className="utrecht-paragraph">{t('initiative.timeline.empty')}</p>;
  }
  return (
    <ol className="dialoog-timeline">
      {events.map((event) => (
        <li key={event.id} className="dialoog-timeline__item">
          <p className="utrecht-paragraph dialoog-timeline__step">
            <strong>
              {event.fromStatus
                ? t('initiative.timeline.transition', {
                    from: t(`status.${event.fromStatus}`),
                    to: t(`status.${event.toStatus}`),
                  })
                : t('initiative.timeline.created', { to: t(`status.${event.toStatus}`) })}
            </strong>
          </p>
          <p className="utrecht-paragraph dialoog-timeline__meta">
            <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
            {event.actor ? <> · {t('initiative.timeline.by', { name: event.actor.displayName })}</> : null}
          </p>
          {event.reason ? (
            <p className="utrecht-paragraph dialoog-timeline__reason">{t('initiative.timeline.reason', { reason: event.reason })}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
