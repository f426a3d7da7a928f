import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxQuery } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/SelectField';
import { TextLink } from '../../../ui/TextLink';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { useFormatDate } from '../../../ui/useFormatDate';

export type InboxItem = InboxQuery['inbox']['edges'][number]['node'];

export interface InboxItemRowProps {
  item: InboxItem;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  viewerId: string;
  onAssign: (assigneeId: string | null) => Promise<unknown>;
  /** Facilitators and admins, to give the item to a colleague. */
  staff: ReadonlyArray<{ id: string; displayName: string }>;
}

/** One item awaiting the municipality: select box, what and by when, who has it. */
export function InboxItemRow({ item, selected, onSelect, viewerId, onAssign, staff }: InboxItemRowProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const assign = useAsyncAction();
  const headingId = `inbox-${item.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const mine = item.assignee?.id === viewerId;
  const [colleague, setColleague] = useState(item.assignee?.id ?? '');
  const colleagues = staff.filter((person) => person.id !== viewerId);
  return (
    <article className="dialoog-card dialoog-inbox-item" aria-labelledby={headingId}>
      <input
        type="checkbox"
        className="dialoog-checkbox utrecht-checkbox utrecht-checkbox--html-input"
        checked={selected}
        aria-label={t('inbox.select', { title: item.initiative.title })}
        onChange={(event) => onSelect(event.target.checked)}
      />
      <div>
        <h2 id={headingId} className="utrecht-heading-3 dialoog-card__title">
          <TextLink to={`/initiatieven/${encodeURIComponent(item.initiative.id)}`}>{item.initiative.title}</TextLink>
        </h2>
        <p className="utrecht-paragraph dialoog-card__meta">
          {t(`inbox.kind.${item.kind}`)}
          {item.dueOn ? <> · {t('inbox.due', { date: formatDate(item.dueOn) })}</> : null}
          {item.overdue ? (
            <>
              {' '}
              <span className="utrecht-status-badge dialoog-status dialoog-status--overdue">{t('responses.overdue')}</span>
            </>
          ) : null}
          {item.initiative.neighbourhood ? <> · {item.initiative.neighbourhood.name}</> : null}
        </p>
        <p className="utrecht-paragraph">
          {item.assignee ? t('inbox.assignedTo', { name: mine ? t('inbox.you') : item.assignee.displayName }) : t('inbox.unassigned')}
        </p>
        {assign.error ? <ErrorMessage error={assign.error} /> : null}
        <Button appearance="secondary" busy={assign.pending} onClick={() => void assign.run(() => onAssign(mine ? null : viewerId))}>
          {assign.pending ? t('inbox.assigning') : mine ? t('inbox.unassign') : t('inbox.assignToMe')}
        </Button>
        {colleagues.length > 0 ? (
          <form
            className="dialoog-assign-form"
            aria-label={t('inbox.assignFormLabel', { title: item.initiative.title })}
            onSubmit={(event) => {
              event.preventDefault();
              if (colleague) {
                void assign.run(() => onAssign(colleague));
              }
            }}
          >
            <SelectField
              id={`${headingId}-assignee`}
              label={t('inbox.assignToLabel')}
              emptyOption={t('inbox.chooseColleague')}
              options={colleagues.map((person) => ({ value: person.id, label: person.displayName }))}
              value={colleagues.some((person) => person.id === colleague) ? colleague : ''}
              onValueChange={setColleague}
            />
            <Button type="submit" appearance="secondary" busy={assign.pending} disabled={!colleague}>
              {t('inbox.assign')}
              <span className="dialoog-visually-hidden"> ({item.initiative.title})</span>
            </Button>
          </form>
        ) : null}
      </div>
    </article>
  );
}
