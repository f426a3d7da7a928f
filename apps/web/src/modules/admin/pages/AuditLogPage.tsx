import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { useStatusMessage } from '../../../ui/useStatusMessage';
import { ActiveFilters, type ActiveFilter } from '../components/ActiveFilters';
import { AdminOnlyPage } from '../components/AdminOnlyPage';
import { AdminPageIntro } from '../components/AdminPageIntro';
import { AuditLogTable } from '../components/AuditLogTable';
import { ITEM_PARAM, PERSON_PARAM, useAuditLog } from '../hooks/useAuditLog';
import { useAuditText } from '../hooks/useAuditText';
import { AUDIT_LOG_PATH } from './adminPaths';

/** Admins: every recorded change, newest first, filtered by person or item (kept in the address). */
export function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <AdminOnlyPage title={t('admin.log.title')} path={AUDIT_LOG_PATH}>
      {() => <AuditLog />}
    </AdminOnlyPage>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const log = useAuditLog();
  const text = useAuditText();
  const [notice, announce] = useStatusMessage();

  const filters: ActiveFilter[] = [];
  if (log.actorId) {
    const name = log.entries.find((entry) => entry.actor?.id === log.actorId)?.actor?.displayName ?? log.actorId.slice(0, 8);
    filters.push({
      label: t('admin.log.filterPerson', { name }),
      onRemove: () => {
        log.setFilter(PERSON_PARAM, null);
        announce(t('admin.log.filterRemoved'));
      },
    });
  }
  if (log.targetId) {
    const match = log.entries.find((entry) => entry.targetId === log.targetId);
    filters.push({
      label: t('admin.log.filterItem', { item: match ? text.itemLabel(match.targetType, match.targetId) : log.targetId.slice(0, 8) }),
      onRemove: () => {
        log.setFilter(ITEM_PARAM, null);
        announce(t('admin.log.filterRemoved'));
      },
    });
  }

  return (
    <>
      <AdminPageIntro intro={t('admin.log.intro')} />
      <StatusMessageView message={notice} />
      <ActiveFilters filters={filters} />
      <p className="utrecht-paragraph" role="status">
        {log.loading ? t('common.loading') : log.totalCount !== null ? t('admin.log.count', { count: log.totalCount }) : ''}
      </p>
      {log.error ? <ErrorMessage error={log.error} onRetry={() => void log.retry()} /> : null}
      {log.totalCount === 0 ? <p className="utrecht-paragraph">{t('admin.log.empty')}</p> : null}
      {log.entries.length > 0 ? (
        <AuditLogTable
          entries={log.entries}
          newPageIndex={log.newPageIndex}
          onOnlyPerson={(entry) => {
            log.setFilter(PERSON_PARAM, entry.actor?.id ?? null);
            announce(t('admin.log.filterApplied'));
          }}
          onOnlyItem={(entry) => {
            log.setFilter(ITEM_PARAM, entry.targetId);
            announce(t('admin.log.filterApplied'));
          }}
        />
      ) : null}
      {log.loadMoreError ? <ErrorMessage error={log.loadMoreError} onRetry={() => void log.loadMore()} /> : null}
      {log.hasMore ? (
        <Button appearance="secondary" busy={log.loadingMore} onClick={() => void log.loadMore()}>
          {log.loadingMore ? t('admin.log.loadingMore') : t('admin.log.loadMore')}
        </Button>
      ) : null}
    </>
  );
}
