import { useTranslation } from 'react-i18next';
import { useInitiativeFollowing } from '../hooks/useFollow';
import { FollowButton } from './FollowButton';

export interface InitiativeFollowPanelProps {
  initiativeId: string;
}

/** For signed-in residents: follow the initiative and its neighbourhood (notifications and e-mail). */
export function InitiativeFollowPanel({ initiativeId }: InitiativeFollowPanelProps) {
  const { t } = useTranslation();
  const following = useInitiativeFollowing(initiativeId);
  if (!following) {
    return null;
  }
  const { neighbourhood } = following;
  return (
    <section className="dialoog-follow-panel" aria-labelledby="follow-heading">
      <h2 id="follow-heading" className="utrecht-heading-3">
        {t('follow.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('follow.hint')}</p>
      <div className="dialoog-button-row">
        <FollowButton
          targetType="INITIATIVE"
          targetId={following.id}
          following={following.viewerFollows}
          label={t('follow.initiative')}
          followedText={t('follow.initiativeFollowed')}
          unfollowedText={t('follow.initiativeUnfollowed')}
        />
        {neighbourhood ? (
          <FollowButton
            targetType="NEIGHBOURHOOD"
            targetId={neighbourhood.id}
            following={neighbourhood.viewerFollows}
            label={t('follow.neighbourhood', { name: neighbourhood.name })}
            followedText={t('follow.neighbourhoodFollowed', { name: neighbourhood.name })}
            unfollowedText={t('follow.neighbourhoodUnfollowed', { name: neighbourhood.name })}
          />
        ) : null}
      </div>
    </section>
  );
}
