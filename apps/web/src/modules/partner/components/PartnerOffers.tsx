import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcknowledgePartnerOfferDocument, PartnerOffersDocument, type PartnerOffersQuery } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { useFormatDate } from '../../../ui/useFormatDate';
import { useNeedText } from '../../pledge/hooks/useNeedText';

type Offer = PartnerOffersQuery['partnerOffers'][number];

/** Inbox section "Aanbod van partners": offers of partner organisations to acknowledge. */
export function PartnerOffers() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PartnerOffersDocument, { fetchPolicy: 'cache-and-network' });
  const [acknowledge] = useMutation(AcknowledgePartnerOfferDocument, { refetchQueries: ['PartnerOffers'], awaitRefetchQueries: true });
  const [live, setLive] = useState('');
  const offers = data?.partnerOffers ?? [];
  return (
    <section className="dialoog-panel dialoog-partner-offers" aria-labelledby="partner-offers-heading">
      <h2 id="partner-offers-heading" className="utrecht-heading-2">
        {t('partnerOffers.heading')}
      </h2>
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch().catch(() => undefined)} /> : null}
      {data && offers.length === 0 ? <p className="utrecht-paragraph">{t('partnerOffers.empty')}</p> : null}
      {offers.length > 0 ? (
        <ul className="dialoog-card-list">
          {offers.map((offer) => (
            <li key={offer.id}>
              <OfferRow
                offer={offer}
                onAcknowledge={async () => {
                  await acknowledge({ variables: { pledgeId: offer.id } });
                  setLive(t('partnerOffers.acknowledged', { name: offer.organisation?.name ?? offer.volunteer.displayName }));
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="dialoog-visually-hidden" role="status">
        {live}
      </p>
    </section>
  );
}

function OfferRow({ offer, onAcknowledge }: { offer: Offer; onAcknowledge: () => Promise<void> }) {
  const { t } = useTranslation();
  const needText = useNeedText();
  const formatDate = useFormatDate();
  const action = useAsyncAction();
  const name = offer.organisation?.name ?? offer.volunteer.displayName;
  return (
    <article className="dialoog-card" aria-labelledby={`offer-${offer.id}`}>
      <h3 id={`offer-${offer.id}`} className="utrecht-heading-3 dialoog-card__title">
        {t('partnerOffers.offer', { name, amount: needText.amount(offer.need, offer.amount), need: offer.need.title })}
      </h3>
      <p className="utrecht-paragraph dialoog-card__meta">
        {t('partnerOffers.by', { name: offer.volunteer.displayName })} · {formatDate(offer.createdAt)}
      </p>
      {offer.note ? <p className="utrecht-paragraph">{t('pledges.note', { note: offer.note })}</p> : null}
      {action.error ? <ErrorMessage error={action.error} /> : null}
      <Button busy={action.pending} onClick={() => void action.run(onAcknowledge)}>
        {action.pending ? t('common.busy') : t('partnerOffers.acknowledge')}
        <span className="dialoog-visually-hidden"> ({name})</span>
      </Button>
    </article>
  );
}
