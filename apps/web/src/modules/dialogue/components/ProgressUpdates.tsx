import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { RichText } from '../../../ui/RichText';
import { useFormatDateTime } from '../../../ui/useFormatDateTime';
import { useProgressUpdates } from '../hooks/useProgressUpdates';
import { ProgressUpdateForm } from './ProgressUpdateForm';
import { ReportControl } from './ReportControl';

export interface ProgressUpdatesProps {
  initiativeId: string;
  /** The initiator may post news (the API checks it too). */
  canPost: boolean;
  signedIn: boolean;
}

/** News from the initiator, newest first, with the form to post news for the initiator. */
export function ProgressUpdates({ initiativeId, canPost, signedIn }: ProgressUpdatesProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { updates, error, post } = useProgressUpdates(initiativeId);
  const [announcement, setAnnouncement] = useState('');
  if (updates.length === 0 && !canPost && !error) {
    return null;
  }
  return (
    <section className="dialoog-progress-updates" aria-labelledby="progress-updates-heading">
      <h2 id="progress-updates-heading" className="utrecht-heading-2">
        {t('progressUpdates.heading')}
      </h2>
      <p className="dialoog-visually-hidden" role="status">
        {announcement}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {updates.length === 0 ? <p className="utrecht-paragraph">{t('progressUpdates.empty')}</p> : null}
      {updates.map((update) => (
        <article key={update.id} className="dialoog-card dialoog-progress-update" aria-labelledby={`progress-${update.id}`}>
          <h3 id={`progress-${update.id}`} className="utrecht-heading-3">
            {update.title}
          </h3>
          <p className="utrecht-paragraph dialoog-card__meta">
            {t('progressUpdates.postedBy', { name: update.author.displayName })}{' '}
            <time dateTime={update.createdAt}>{formatDateTime(update.createdAt)}</time>
          </p>
          {update.hidden ? <p className="utrecht-paragraph">{t('progressUpdates.hidden')}</p> : null}
          <RichText html={update.bodyHtml} />
          {update.photo ? (
            <p className="dialoog-progress-update__photo">
              <a href={update.photo.url} className="utrecht-link">
                <img
                  src={update.photo.thumbnailUrl}
                  alt={update.photo.alt}
                  width={update.photo.width}
                  height={update.photo.height}
                  loading="lazy"
                />
                <span className="dialoog-visually-hidden"> {t('images.openFull')}</span>
              </a>
            </p>
          ) : null}
          {signedIn && !canPost ? (
            <ReportControl
              targetType="PROGRESS_UPDATE"
              targetId={update.id}
              openLabel={t('report.openProgressUpdate', { title: update.title })}
            />
          ) : null}
        </article>
      ))}
      {canPost ? (
        <ProgressUpdateForm
          onPost={async (title, body, photo) => {
            await post(title, body, photo);
            setAnnouncement(t('progressUpdates.posted'));
          }}
        />
      ) : null}
    </section>
  );
}
