import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextLink } from '../../../ui/TextLink';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { withReturnTarget } from '../../auth/hooks/useReturnTarget';
import { useCommentMutations, useComments } from '../hooks/useComments';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

export interface CommentThreadProps {
  initiativeId: string;
  viewerId: string | null;
}

/**
 * The conversation under an initiative: top-level comments oldest first, each with its replies
 * (one level), "Meer reacties laden", and a form to join in (or a login link for visitors).
 * Results are announced in a polite live region; focus stays in the form after posting, moves to
 * a new reply after replying, and to the first new comment after loading more.
 */
export function CommentThread({ initiativeId, viewerId }: CommentThreadProps) {
  const { t } = useTranslation();
  const { comments, totalCount, hasMore, loading, error, loadMore } = useComments(initiativeId);
  const mutations = useCommentMutations(initiativeId);
  const more = useAsyncAction();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const replyOpenerRefs = useRef(new Map<string, HTMLButtonElement>());
  const [announcement, setAnnouncement] = useState('');
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  // A comment id, or "#<index>" for the first comment of a page just loaded.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const signedIn = viewerId !== null;

  useEffect(() => {
    if (focusTarget) {
      const id = focusTarget.startsWith('#') ? comments[Number(focusTarget.slice(1))]?.id : focusTarget;
      const element = id ? document.getElementById(`comment-${id}`) : null;
      if (element) {
        element.focus();
        setFocusTarget(null);
      }
    }
  }, [focusTarget, comments]);

  const announce = (text: string) => setAnnouncement(text);
  const closeReply = (parentId: string) => {
    setReplyingTo(null);
    requestAnimationFrame(() => replyOpenerRefs.current.get(parentId)?.focus());
  };
  const remove = async (id: string) => {
    await mutations.remove(id);
    // The comment (and its buttons) may be gone: continue from the thread's heading.
    headingRef.current?.focus();
  };

  return (
    <section className="dialoog-comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="utrecht-heading-2" tabIndex={-1} ref={headingRef}>
        {t('comments.heading', { count: totalCount })}
      </h2>
      <p className="dialoog-visually-hidden" role="status">
        {announcement}
      </p>
      {loading ? <p className="utrecht-paragraph">{t('common.loading')}</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {!loading && !error && comments.length === 0 ? <p className="utrecht-paragraph">{t('comments.empty')}</p> : null}
      {comments.length > 0 ? (
        <ol className="dialoog-comment-list">
          {comments.map((comment) => {
            const author = comment.municipal ? t('comments.municipal') : (comment.author?.displayName ?? t('comments.unknownAuthor'));
            const canReply = signedIn && !comment.removed && !comment.hidden;
            return (
              <li key={comment.id} className="dialoog-comment-list__item">
                <CommentItem
                  comment={comment}
                  signedIn={signedIn}
                  viewerId={viewerId}
                  onEdit={mutations.edit}
                  onDelete={remove}
                  announce={announce}
                />
                {comment.replies.length > 0 ? (
                  <ol className="dialoog-comment-list dialoog-comment-list--replies" aria-label={t('comments.repliesTo', { name: author })}>
                    {comment.replies.map((reply) => (
                      <li key={reply.id} className="dialoog-comment-list__item">
                        <CommentItem
                          comment={reply}
                          signedIn={signedIn}
                          viewerId={viewerId}
                          onEdit={mutations.edit}
                          onDelete={remove}
                          announce={announce}
                        />
                      </li>
                    ))}
                  </ol>
                ) : null}
                {canReply ? (
                  <div className="dialoog-comment__reply">
                    <Button
                      ref={(element) => {
                        if (element) {
                          replyOpenerRefs.current.set(comment.id, element);
                        } else {
                          replyOpenerRefs.current.delete(comment.id);
                        }
                      }}
                      appearance="subtle"
                      aria-expanded={replyingTo === comment.id}
                      onClick={() => (replyingTo === comment.id ? closeReply(comment.id) : setReplyingTo(comment.id))}
                    >
                      {t('comments.reply')}
                      <span className="dialoog-visually-hidden"> {t('comments.replyTo', { name: author })}</span>
                    </Button>
                    {replyingTo === comment.id ? (
                      <CommentForm
                        label={t('comments.replyLabel', { name: author })}
                        submitLabel={t('comments.replySubmit')}
                        autoFocus
                        onSubmit={async (body) => {
                          const id = await mutations.add(body, comment.id);
                          setReplyingTo(null);
                          announce(t('comments.replyPosted'));
                          setFocusTarget(id);
                        }}
                        onCancel={() => closeReply(comment.id)}
                      />
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {more.error ? <ErrorMessage error={more.error} /> : null}
      {hasMore ? (
        <p className="dialoog-actions">
          <Button
            appearance="secondary"
            busy={more.pending}
            onClick={() => {
              const firstNew = comments.length;
              void more.run(loadMore).then((ok) => {
                if (ok) {
                  setFocusTarget(`#${firstNew}`);
                }
              });
            }}
          >
            {more.pending ? t('comments.loadingMore') : t('comments.loadMore')}
          </Button>
        </p>
      ) : null}
      {signedIn ? (
        <CommentForm
          label={t('comments.formLabel')}
          submitLabel={t('comments.submit')}
          onSubmit={async (body) => {
            await mutations.add(body);
            announce(t('comments.posted'));
          }}
        />
      ) : (
        <p className="utrecht-paragraph">
          <TextLink to={withReturnTarget('/inloggen', `/initiatieven/${initiativeId}`)}>{t('comments.loginToComment')}</TextLink>
        </p>
      )}
    </section>
  );
}
