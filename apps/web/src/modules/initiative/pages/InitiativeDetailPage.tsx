import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { PlainText } from '../../../ui/PlainText';
import { TextLink } from '../../../ui/TextLink';
import { InitiativeFacts } from '../components/InitiativeFacts';
import { InitiativeTimeline } from '../components/InitiativeTimeline';
import { SubmitInitiativePanel } from '../components/SubmitInitiativePanel';
import { SUBMITTABLE_STATUSES } from '../hooks/initiativeStatus';
import { useInitiative } from '../hooks/useInitiative';
import { useSubmitInitiative } from '../hooks/useSubmitInitiative';

export function InitiativeDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { initiative, loading, notFound, error, retry } = useInitiative(id);
  const submission = useSubmitInitiative(id);

  const title = initiative?.title ?? (notFound ? t('initiative.notFoundTitle') : t('initiative.loadingTitle'));
  const canSubmit = !!initiative?.viewerCanEdit && SUBMITTABLE_STATUSES.includes(initiative.status);

  return (
    <>
      {/* Always the same h1 element, so focus set on route change survives loading. */}
      <PageHeading title={title} />
      {loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {notFound ? <p className="utrecht-paragraph">{t('initiative.notFound')}</p> : null}
      {error ? <ErrorMessage error={error} onRetry={() => void retry()} /> : null}
      {initiative ? (
        <>
          {initiative.status === 'DRAFT' && initiative.viewerCanEdit ? (
            <Alert type="info">
              <p className="utrecht-paragraph">{t('initiative.draftNotice')}</p>
            </Alert>
          ) : null}
          <p className="utrecht-paragraph utrecht-paragraph--lead">{initiative.summary}</p>
          <h2 className="utrecht-heading-2">{t('initiative.details')}</h2>
          <InitiativeFacts initiative={initiative} />
          <SubmitInitiativePanel
            canSubmit={canSubmit}
            state={submission.state}
            error={submission.error}
            onSubmit={() => void submission.submit()}
          />
          <h2 className="utrecht-heading-2">{t('initiative.description')}</h2>
          <PlainText text={initiative.description} />
          <h2 className="utrecht-heading-2">{t('initiative.timeline.heading')}</h2>
          <InitiativeTimeline events={initiative.timeline} />
        </>
      ) : null}
      <p className="utrecht-paragraph dialoog-back">
        <TextLink to="/initiatieven">{t('initiative.backToList')}</TextLink>
      </p>
    </>
  );
}
