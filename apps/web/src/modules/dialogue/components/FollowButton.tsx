import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowTarget } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useFollowToggle } from '../hooks/useFollow';

export interface FollowButtonProps {
  targetType: FollowTarget;
  targetId: string;
  following: boolean;
  /** The same whether pressed or not, e.g. "Volg dit initiatief"; the state is aria-pressed. */
  label: string;
  followedText: string;
  unfollowedText: string;
}

/** A toggle button (aria-pressed) that follows or unfollows, with busy state, error and a polite confirmation. */
export function FollowButton({ targetType, targetId, following, label, followedText, unfollowedText }: FollowButtonProps) {
  const { t } = useTranslation();
  const { action, toggle } = useFollowToggle(targetType, targetId);
  const [announcement, setAnnouncement] = useState('');
  return (
    <div className="dialoog-follow">
      <Button
        appearance={following ? 'secondary' : 'primary'}
        aria-pressed={following}
        busy={action.pending}
        onClick={() => {
          void toggle(following).then((ok) => {
            if (ok) {
              setAnnouncement(following ? unfollowedText : followedText);
            }
          });
        }}
      >
        <span aria-hidden="true" className="dialoog-follow__mark">
          {following ? '✓ ' : '+ '}
        </span>
        {label}
        {action.pending ? <span className="dialoog-visually-hidden"> {t('follow.pending')}</span> : null}
      </Button>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      <p className="utrecht-paragraph dialoog-follow__status" role="status">
        {announcement}
      </p>
    </div>
  );
}
