import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentFieldsFragment } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { RichText } from '../../../ui/RichText';
import { useFormatDateTime } from '../../../ui/useFormatDateTime';
import { CommentForm } from './CommentForm';
import { DeleteCommentControl } from './DeleteCommentControl';
import { ReportControl } from './ReportControl';

export interface CommentItemProps {
  comment: CommentFieldsFragment;
  signedIn: boolean;
  viewerId: string | null;
  /** Saves a change of the viewer's own comment (within 15 minutes). */
  onEdit: (id: string, body: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  /** Tells the thread's live region what happened. */
  announce: (text: string) => void;
}

/** One comment: author (or "Gemeente"), time, text, and the viewer's actions (edit, delete, report). */
export function CommentItem({ comment, signedIn, viewerId, onEdit, onDelete, announce }: CommentItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const editRef = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    // The form is gone: focus goes back to "Aanpassen".
    if (!editing && returnFocus) {
      editRef.current?.focus();
      setReturnFocus(false);
    }
  }, [editing, returnFocus]);
  const author = comment.municipal ? t('comments.municipal') : (comment.author?.displayName ?? t('comments.unknownAuthor'));
  const headingId = `comment-${comment.id}-by`;
  const stopEditing = () => {
    setEditing(false);
    setReturnFocus(true);
  };

  if (comment.removed) {
    return (
      <article className="dialoog-comment dialoog-comment--removed" id={`comment-${comment.id}`}>
        <p className="utrecht-paragraph dialoog-comment__placeholder">{t('comments.removed')}</p>
      </article>
    );
  }
  const ownComment = !!viewerId && comment.author?.id === viewerId;
  return (
    <article
      className={['dialoog-comment', comment.municipal ? 'dialoog-comment--municipal' : null].filter(Boolean).join(' ')}
      id={`comment-${comment.id}`}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <p className="utrecht-paragraph dialoog-comment__meta">
        <strong id={headingId}>{author}</strong>
        {comment.municipal ? <span className="dialoog-badge dialoog-badge--municipal">{t('comments.municipalBadge')}</span> : null}{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        {comment.editedAt ? <span className="dialoog-comment__edited"> ({t('comments.edited')})</span> : null}
      </p>
      {comment.hidden ? <p className="utrecht-paragraph dialoog-comment__placeholder">{t('comments.hidden')}</p> : null}
      {editing ? (
        <CommentForm
          label={t('comments.editLabel')}
          submitLabel={t('comments.save')}
          initialValue={comment.body ?? ''}
          autoFocus
          onSubmit={async (body) => {
            await onEdit(comment.id, body);
            announce(t('comments.saved'));
            stopEditing();
          }}
          onCancel={stopEditing}
        />
      ) : comment.bodyHtml ? (
        <RichText html={comment.bodyHtml} />
      ) : null}
      {!editing ? (
        <div className="dialoog-comment__actions">
          {comment.viewerCanEdit ? (
            <Button ref={editRef} appearance="subtle" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </Button>
          ) : null}
          {comment.viewerCanDelete ? (
            <DeleteCommentControl
              onDelete={async () => {
                await onDelete(comment.id);
                announce(t('comments.deleted'));
              }}
            />
          ) : null}
          {signedIn && !ownComment && !comment.hidden ? (
            <ReportControl targetType="COMMENT" targetId={comment.id} openLabel={t('report.openComment', { name: author })} />
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
