import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailFieldsFragment } from '../../../generated/graphql';
import { PlainText } from '../../../ui/PlainText';
import { useFormatDate } from '../../../ui/useFormatDate';
import { useFormatDateTime } from '../../../ui/useFormatDateTime';

export interface ResponsesPanelProps {
  initiative: InitiativeDetailFieldsFragment;
  /** The facilitators' form to answer (staff only). */
  children?: ReactNode;
}

/** The municipality's official responses and due dates, apart from the timeline and highlighted. */
export function ResponsesPanel({ initiative, children }: ResponsesPanelProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const { responses } = initiative;
  const awaitingFirst = !initiative.firstResponseAt && initiative.firstResponseDueOn;
  const awaitingDecision = initiative.status === 'UNDER_REVIEW' && initiative.decisionDueOn;
  return (
    <section className="dialoog-responses" aria-labelledby="responses-heading">
      <h2 id="responses-heading" className="utrecht-heading-2">
        {t('responses.heading')}
      </h2>
      {awaitingFirst ? (
        <p className="utrecht-paragraph">
          {t('responses.firstDue', { date: formatDate(initiative.firstResponseDueOn ?? '') })}{' '}
          {initiative.firstResponseOverdue ? <OverdueBadge /> : null}
        </p>
      ) : null}
      {awaitingDecision ? (
        <p className="utrecht-paragraph">
          {t('responses.decisionDue', { date: formatDate(initiative.decisionDueOn ?? '') })}{' '}
          {initiative.decisionOverdue ? <OverdueBadge /> : null}
        </p>
      ) : null}
      {responses.length === 0 ? <p className="utrecht-paragraph">{t('responses.none')}</p> : null}
      {responses.length > 0 ? (
        <ol className="dialoog-response-list">
          {responses.map((response) => (
            <li key={response.id}>
              <article className="dialoog-response" aria-labelledby={`response-${response.id}`}>
                <h3 id={`response-${response.id}`} className="utrecht-heading-3">
                  {t(`responses.kind.${response.kind}`)}
                  {response.decision ? <> – {t(`responses.decision.${response.decision}`)}</> : null}
                </h3>
                <PlainText text={response.body} />
                <p className="utrecht-paragraph dialoog-response__signature">
                  {response.department
                    ? t('responses.signedDepartment', { name: response.author.displayName, department: response.department })
                    : t('responses.signed', { name: response.author.displayName })}{' '}
                  · <time dateTime={response.createdAt}>{formatDateTime(response.createdAt)}</time>
                </p>
              </article>
            </li>
          ))}
        </ol>
      ) : null}
      {children}
    </section>
  );
}

function OverdueBadge() {
  const { t } = useTranslation();
  return <span className="utrecht-status-badge dialoog-status dialoog-status--overdue">{t('responses.overdue')}</span>;
}
