import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AssignInboxItemDocument,
  InboxDocument,
  RespondToManyWithTemplateDocument,
  StaffMembersDocument,
  type InboxFilterInput,
  type InboxKind,
} from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { StaffOnlyPage } from '../../auth/components/StaffOnlyPage';
import { SelectField } from '../../../ui/SelectField';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { useStatusMessage } from '../../../ui/useStatusMessage';
import { evictInitiativeLists } from '../../initiative/hooks/useInitiativeMutations';
import { PartnerOffers } from '../../partner/components/PartnerOffers';
import { useResponseTemplates } from '../../response/hooks/useRespondForm';
import { InboxItemRow } from '../components/InboxItemRow';

export const INBOX_PATH = '/beheer/inbox';
const KINDS: readonly InboxKind[] = ['MODERATION', 'FIRST_RESPONSE', 'DECISION', 'REPORT'];

/** The facilitators' home: everything that awaits a municipal reaction, most urgent first. */
export function InboxPage() {
  const { t } = useTranslation();
  return (
    <StaffOnlyPage title={t('inbox.title')} path={INBOX_PATH} loginMessage={t('inbox.loginRequired')}>
      {(user) => (
        <>
          <Inbox viewerId={user.id} />
          <PartnerOffers />
        </>
      )}
    </StaffOnlyPage>
  );
}

function Inbox({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [templateId, setTemplateId] = useState('');
  const [notice, announce] = useStatusMessage();
  const filter: InboxFilterInput = { kinds: kind ? KINDS.filter((k) => k === kind) : undefined, overdueOnly: overdueOnly || undefined };
  const { data, loading, error, refetch } = useQuery(InboxDocument, {
    variables: { filter, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const [assign] = useMutation(AssignInboxItemDocument);
  const [respondToMany] = useMutation(RespondToManyWithTemplateDocument, { update: evictInitiativeLists });
  const templates = useResponseTemplates();
  const staff = useQuery(StaffMembersDocument).data?.municipality.staff ?? [];
  const bulk = useAsyncAction();
  const items = data?.inbox.edges.map((edge) => edge.node) ?? [];
  const selectedIds = [...new Set(items.filter((item) => selected.has(item.id)).map((item) => item.initiative.id))];
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id));

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });

  const answerSelected = async () => {
    let failures: string[] = [];
    let succeeded = 0;
    const ok = await bulk.run(async () => {
      const result = await respondToMany({ variables: { initiativeIds: selectedIds, templateId } });
      succeeded = result.data?.respondToManyWithTemplate.succeeded.length ?? 0;
      failures = result.data?.respondToManyWithTemplate.failed.map((failure) => failure.message) ?? [];
      await refetch();
    });
    if (ok) {
      setSelected(new Set());
      const summary = t('inbox.bulkDone', { count: succeeded });
      announce(failures.length ? `${summary} ${t('inbox.bulkFailed', { count: failures.length })} ${failures.join(' ')}` : summary);
    }
  };

  return (
    <>
      <p className="utrecht-paragraph">{t('inbox.intro')}</p>
      <StatusMessageView message={notice} />
      <form className="dialoog-filters" aria-label={t('inbox.filters')} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="inbox-kind"
          label={t('inbox.kindLabel')}
          emptyOption={t('inbox.allKinds')}
          options={KINDS.map((k) => ({ value: k, label: t(`inbox.kind.${k}`) }))}
          value={kind}
          onValueChange={setKind}
        />
        <label className="dialoog-check-label">
          <input
            type="checkbox"
            className="dialoog-checkbox utrecht-checkbox utrecht-checkbox--html-input"
            checked={overdueOnly}
            onChange={(event) => setOverdueOnly(event.target.checked)}
          />
          {t('inbox.overdueOnly')}
        </label>
      </form>
      <p className="utrecht-paragraph" role="status">
        {loading && !data ? t('common.loading') : data ? t('inbox.count', { count: data.inbox.totalCount }) : ''}
      </p>
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch().catch(() => undefined)} /> : null}
      {data && items.length === 0 ? <p className="utrecht-paragraph">{t('inbox.empty')}</p> : null}
      {items.length > 0 ? (
        <>
          <section className="dialoog-bulk" aria-labelledby="bulk-heading">
            <h2 id="bulk-heading" className="utrecht-heading-3">
              {t('inbox.bulkHeading')}
            </h2>
            <label className="dialoog-check-label">
              <input
                type="checkbox"
                className="dialoog-checkbox utrecht-checkbox utrecht-checkbox--html-input"
                checked={allSelected}
                onChange={(event) => setSelected(event.target.checked ? new Set(items.map((item) => item.id)) : new Set())}
              />
              {t('inbox.selectAll')}
            </label>
            <p className="utrecht-paragraph">{t('inbox.selectedCount', { count: selectedIds.length })}</p>
            <SelectField
              id="inbox-template"
              label={t('respond.templateLabel')}
              emptyOption={t('inbox.chooseTemplate')}
              options={templates.map((template) => ({ value: template.id, label: template.name }))}
              value={templateId}
              onValueChange={setTemplateId}
            />
            {bulk.error ? <ErrorMessage error={bulk.error} /> : null}
            <Button busy={bulk.pending} disabled={selectedIds.length === 0 || !templateId} onClick={() => void answerSelected()}>
              {bulk.pending ? t('respond.pending') : t('inbox.answerSelected')}
            </Button>
          </section>
          <ul className="dialoog-inbox-list">
            {items.map((item) => (
              <li key={item.id}>
                <InboxItemRow
                  item={item}
                  selected={selected.has(item.id)}
                  onSelect={(on) => toggle(item.id, on)}
                  viewerId={viewerId}
                  staff={staff}
                  onAssign={async (assigneeId) => {
                    await assign({ variables: { initiativeId: item.initiative.id, assigneeId } });
                    await refetch();
                  }}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
