import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { InitiativeListDocument } from '../../../generated/graphql';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { StaffOnlyPage } from '../../auth/components/StaffOnlyPage';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { useStatusMessage } from '../../../ui/useStatusMessage';
import { useInitiativeMutations } from '../../initiative/hooks/useInitiativeMutations';
import { ModerationItem } from '../components/ModerationItem';

export const MODERATION_PATH = '/beheer/moderatie';

const QUEUE_SIZE = 50;

/** The facilitators' queue of submitted initiatives. */
export function ModerationPage() {
  const { t } = useTranslation();
  return (
    <StaffOnlyPage title={t('moderation.title')} path={MODERATION_PATH} loginMessage={t('moderation.loginRequired')}>
      {() => <ModerationQueue />}
    </StaffOnlyPage>
  );
}

function ModerationQueue() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(InitiativeListDocument, {
    variables: { filter: { status: ['SUBMITTED'] }, first: QUEUE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const mutations = useInitiativeMutations();
  const [notice, announce] = useStatusMessage();
  const connection = data?.initiatives;
  const items = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <p className="utrecht-paragraph">{t('moderation.intro')}</p>
      {/* The decided item leaves the list: its confirmation takes focus. */}
      <StatusMessageView message={notice} />
      <p className="utrecht-paragraph" role="status">
        {loading && !connection
          ? t('common.loading')
          : connection
            ? t(connection.totalCountIsExact ? 'moderation.count' : 'countMore.moderation', { count: connection.totalCount })
            : ''}
      </p>
      {error && !connection ? <ErrorMessage error={error} onRetry={() => void refetch().catch(() => undefined)} /> : null}
      {connection && items.length === 0 ? <p className="utrecht-paragraph">{t('moderation.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="dialoog-moderation-list">
          {items.map((initiative) => (
            <li key={initiative.id}>
              <ModerationItem
                initiative={initiative}
                onDecide={async (decision, reason) => {
                  await mutations.moderate(initiative.id, decision, reason);
                  const key = decision === 'APPROVE' ? 'approved' : decision === 'REJECT' ? 'rejected' : 'changesRequested';
                  announce(t(`moderation.${key}`, { title: initiative.title }));
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
