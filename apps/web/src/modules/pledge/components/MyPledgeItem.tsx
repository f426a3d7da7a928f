import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { useFormatNumber } from '../../../ui/useFormatMoney';
import type { MyPledge } from '../hooks/pledgeTotals';
import { useNeedText } from '../hooks/useNeedText';
import { PledgeStatusBadge } from './PledgeStatusBadge';

export interface MyPledgeItemProps {
  pledge: MyPledge;
  onCancel: (id: string) => Promise<void>;
}

/** One of my pledges: the need, when and where, status, the .ics download and "Annuleren". */
export function MyPledgeItem({ pledge, onCancel }: MyPledgeItemProps) {
  const { t } = useTranslation();
  const needText = useNeedText();
  const formatNumber = useFormatNumber();
  const headingId = useId();
  const cancel = useAsyncAction();
  const { need } = pledge;
  const active = pledge.status === 'PLEDGED' || pledge.status === 'CONFIRMED';
  const when = needText.when(need);
  return (
    <article className="dialoog-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-3 dialoog-card__title">
        {need.title}
      </h2>
      <p className="utrecht-paragraph dialoog-card__meta">
        {t(`needKind.${need.kind}`)} · {needText.amount(need, pledge.amount)}
        {pledge.organisation ? <> · {t('myPledges.onBehalf', { name: pledge.organisation.name })}</> : null} ·{' '}
        <PledgeStatusBadge status={pledge.status} />
      </p>
      {when ? <p className="utrecht-paragraph">{when}</p> : null}
      {pledge.deliveredHours ? (
        <p className="utrecht-paragraph">{t('pledges.deliveredHours', { hours: formatNumber(pledge.deliveredHours) })}</p>
      ) : null}
      {cancel.error ? <ErrorMessage error={cancel.error} /> : null}
      {active ? (
        <div className="dialoog-button-row">
          {need.kind === 'SHIFT' ? (
            <a
              className="utrecht-link utrecht-link--html-a dialoog-ics-link"
              href={`/calendar/pledges/${encodeURIComponent(pledge.id)}.ics`}
              download
            >
              {t('myPledges.ics')}
              <span className="dialoog-visually-hidden"> ({need.title})</span>
            </a>
          ) : null}
          <Button appearance="secondary" busy={cancel.pending} onClick={() => void cancel.run(() => onCancel(pledge.id))}>
            {cancel.pending ? t('myPledges.cancelling') : t('myPledges.cancel')}
            <span className="dialoog-visually-hidden"> ({need.title})</span>
          </Button>
        </div>
      ) : null}
    </article>
  );
}
