import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { RichText } from '../../../ui/RichText';
import { StatusMessageView, type StatusMessage } from '../../../ui/StatusMessage';
import { TextLink } from '../../../ui/TextLink';
import { isStaff } from '../../auth/hooks/isStaff';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { CommentThread } from '../../dialogue/components/CommentThread';
import { InitiativeFollowPanel } from '../../dialogue/components/InitiativeFollowPanel';
import { InitiativeLiveUpdates } from '../../dialogue/components/InitiativeLiveUpdates';
import { ReportControl } from '../../dialogue/components/ReportControl';
import { ProgressUpdates } from '../../dialogue/components/ProgressUpdates';
import { useMunicipality } from '../../municipality/hooks/useMunicipality';
import { NeedsPanel } from '../../pledge/components/NeedsPanel';
import { RespondForm } from '../../response/components/RespondForm';
import { ResponsesPanel } from '../../response/components/ResponsesPanel';
import { ImageGallery } from '../components/ImageGallery';
import { InitiativeFacts } from '../components/InitiativeFacts';
import { InitiativeNotices } from '../components/InitiativeNotices';
import { InitiativeTimeline } from '../components/InitiativeTimeline';
import { SupportPanel } from '../components/SupportPanel';
import { StaffPanel } from '../components/StaffPanel';
import { SubmitInitiativePanel } from '../components/SubmitInitiativePanel';
import { WithdrawPanel } from '../components/WithdrawPanel';
import { SUBMITTABLE_STATUSES, WITHDRAWABLE_STATUSES } from '../hooks/initiativeStatus';
import { useInitiative } from '../hooks/useInitiative';
import { useInitiativeMutations } from '../hooks/useInitiativeMutations';
import { useSubmitInitiative } from '../hooks/useSubmitInitiative';

/** Navigation state set by the edit page after saving. */
export interface InitiativeDetailState {
  saved?: boolean;
}

export function InitiativeDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { user } = useCurrentUser();
  const { municipality } = useMunicipality();
  const { initiative, loading, notFound, error, retry } = useInitiative(id);
  const submission = useSubmitInitiative(id);
  const mutations = useInitiativeMutations();
  const justSaved = (location.state as InitiativeDetailState | null)?.saved === true;
  const [notice, setNotice] = useState<(StatusMessage & { id: string }) | null>(null);

  const announce = (text: string) => setNotice((current) => ({ id, text, key: (current?.key ?? 0) + 1 }));
  const currentNotice = notice?.id === id ? notice : justSaved ? { text: t('initiative.saved'), key: 0 } : null;

  const title = initiative?.title ?? (notFound ? t('initiative.notFoundTitle') : t('initiative.loadingTitle'));
  const viewerIsAuthor = !!user && !!initiative && user.id === initiative.author.id;
  const canSubmit = !!initiative?.viewerCanEdit && SUBMITTABLE_STATUSES.includes(initiative.status);
  const canWithdraw = viewerIsAuthor && !!initiative && WITHDRAWABLE_STATUSES.includes(initiative.status);

  return (
    <>
      {/* Always the same h1 element, so focus set on route change survives loading. */}
      <PageHeading title={title} />
      {/* After an action its button is gone: the confirmation takes focus (not after the edit page's redirect). */}
      <StatusMessageView message={currentNotice} focus={currentNotice?.key !== 0} />
      {loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {notFound ? <p className="utrecht-paragraph">{t('initiative.notFound')}</p> : null}
      {error ? <ErrorMessage error={error} onRetry={() => void retry()} /> : null}
      {initiative ? (
        <>
          <InitiativeNotices initiative={initiative} viewerIsAuthor={viewerIsAuthor} />
          <p className="utrecht-paragraph utrecht-paragraph--lead">{initiative.summary}</p>
          <ImageGallery images={initiative.images} />
          {initiative.viewerCanEdit ? (
            <p className="dialoog-actions">
              <ButtonLink appearance="secondary" to={`/initiatieven/${encodeURIComponent(initiative.id)}/bewerken`}>
                {t('initiative.edit')}
              </ButtonLink>
            </p>
          ) : null}
          <h2 className="utrecht-heading-2">{t('initiative.details')}</h2>
          <InitiativeFacts initiative={initiative} />
          {initiative.publishedAt ? <InitiativeLiveUpdates initiativeId={initiative.id} /> : null}
          {initiative.publishedAt && user ? <InitiativeFollowPanel initiativeId={initiative.id} /> : null}
          {initiative.publishedAt ? <SupportPanel initiative={initiative} signedIn={!!user} viewerIsAuthor={viewerIsAuthor} /> : null}
          <SubmitInitiativePanel
            canSubmit={canSubmit}
            state={submission.state}
            error={submission.error}
            onSubmit={() => void submission.submit()}
          />
          <h2 className="utrecht-heading-2">{t('initiative.description')}</h2>
          <RichText html={initiative.descriptionHtml} />
          <NeedsPanel
            initiativeId={initiative.id}
            status={initiative.status}
            hidden={initiative.hidden}
            signedIn={!!user}
            manages={viewerIsAuthor || isStaff(user?.role)}
          />
          {initiative.publishedAt ? (
            <ResponsesPanel initiative={initiative}>
              {isStaff(user?.role) ? (
                <RespondForm
                  initiativeId={initiative.id}
                  placeholders={{
                    titel: initiative.title,
                    naam: initiative.author.displayName,
                    gemeente: municipality?.name ?? t('app.municipalityFallback'),
                  }}
                  onPosted={() => announce(t('responses.posted'))}
                />
              ) : null}
            </ResponsesPanel>
          ) : null}
          {isStaff(user?.role) ? (
            <StaffPanel
              initiativeId={initiative.id}
              canModerate={initiative.status === 'SUBMITTED'}
              hidden={initiative.hidden}
              onDecide={async (decision, reason) => {
                await mutations.moderate(initiative.id, decision, reason);
                const key = decision === 'APPROVE' ? 'approved' : decision === 'REJECT' ? 'rejected' : 'changesRequested';
                announce(t(`moderation.${key}`, { title: initiative.title }));
              }}
              onHide={async (reason) => {
                await mutations.hide(initiative.id, reason);
                announce(t('initiative.staff.hidden'));
              }}
              onUnhide={async () => {
                await mutations.unhide(initiative.id);
                announce(t('initiative.staff.unhidden'));
              }}
            />
          ) : null}
          {canWithdraw ? (
            <WithdrawPanel
              onWithdraw={async (reason) => {
                await mutations.withdraw(initiative.id, reason);
                announce(t('initiative.withdraw.success'));
              }}
            />
          ) : null}
          <h2 className="utrecht-heading-2">{t('initiative.timeline.heading')}</h2>
          <InitiativeTimeline events={initiative.timeline} />
          {initiative.publishedAt ? (
            <>
              <ProgressUpdates initiativeId={initiative.id} canPost={viewerIsAuthor} signedIn={!!user} />
              <CommentThread initiativeId={initiative.id} viewerId={user?.id ?? null} />
            </>
          ) : null}
          {initiative.publishedAt && user && !viewerIsAuthor && !isStaff(user.role) ? (
            <ReportControl targetType="INITIATIVE" targetId={initiative.id} openLabel={t('report.openInitiative')} labelVisible />
          ) : null}
        </>
      ) : null}
      <p className="utrecht-paragraph dialoog-back">
        <TextLink to="/initiatieven">{t('initiative.backToList')}</TextLink>
      </p>
    </>
  );
}
