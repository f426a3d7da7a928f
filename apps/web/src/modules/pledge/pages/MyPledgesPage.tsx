import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelPledgeDocument, MyPledgesDocument } from '../../../generated/graphql';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessageView, type StatusMessage } from '../../../ui/StatusMessage';
import { useFormatNumber } from '../../../ui/useFormatMoney';
import { LoginRequired } from '../../auth/components/LoginRequired';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { CalendarFeed } from '../components/CalendarFeed';
import { MyPledgeItem } from '../components/MyPledgeItem';
import { pledgeTotals } from '../hooks/pledgeTotals';

export const MY_PLEDGES_PATH = '/mijn-hulp';

/** "Mijn hulp": everything I offered, with calendar downloads, cancelling and my hours. */
export function MyPledgesPage() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  return (
    <>
      <PageHeading title={t('myPledges.title')} />
      {loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : user ? (
        <MyPledges />
      ) : (
        <LoginRequired
          returnTo={MY_PLEDGES_PATH}
          title={t('mine.loginRequiredTitle')}
          message={t('myPledges.loginRequired')}
          loginLabel={t('mine.loginLink')}
          registerLabel={t('mine.registerLink')}
        />
      )}
    </>
  );
}

function MyPledges() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const { data, loading, error, refetch } = useQuery(MyPledgesDocument, { fetchPolicy: 'cache-and-network' });
  const [cancelPledge] = useMutation(CancelPledgeDocument, { refetchQueries: ['MyPledges'], awaitRefetchQueries: true });
  const [notice, setNotice] = useState<StatusMessage | null>(null);
  const pledges = data?.myPledges ?? [];
  const totals = pledgeTotals(pledges);
  return (
    <>
      <p className="utrecht-paragraph">{t('myPledges.intro')}</p>
      <StatusMessageView message={notice} />
      {loading && !data ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch().catch(() => undefined)} /> : null}
      {data ? (
        <p className="utrecht-paragraph dialoog-totals">
          {t('myPledges.totals', { pledged: formatNumber(totals.pledged), delivered: formatNumber(totals.delivered) })}
        </p>
      ) : null}
      {data && pledges.length === 0 ? <p className="utrecht-paragraph">{t('myPledges.empty')}</p> : null}
      {pledges.length > 0 ? (
        <ul className="dialoog-card-list">
          {pledges.map((pledge) => (
            <li key={pledge.id}>
              <MyPledgeItem
                pledge={pledge}
                onCancel={async (id) => {
                  await cancelPledge({ variables: { id } });
                  setNotice((current) => ({ text: t('myPledges.cancelled', { title: pledge.need.title }), key: (current?.key ?? 0) + 1 }));
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <CalendarFeed />
    </>
  );
}
