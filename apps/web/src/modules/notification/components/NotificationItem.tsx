import { useTranslation } from 'react-i18next';
import type { NotificationFieldsFragment } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextLink } from '../../../ui/TextLink';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { useFormatDateTime } from '../../../ui/useFormatDateTime';

export interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  onMarkRead: () => Promise<void>;
}

/** One notification: what happened (linking to the initiative), when, and "Markeer als gelezen". */
export function NotificationItem({ notification, onMarkRead }: NotificationItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const action = useAsyncAction();
  const { initiative } = notification;
  return (
    <article
      className={['dialoog-card', 'dialoog-notification', notification.read ? null : 'dialoog-notification--unread']
        .filter(Boolean)
        .join(' ')}
    >
      <p className="utrecht-paragraph dialoog-notification__message">
        {notification.read ? null : <span className="dialoog-badge">{t('notifications.new')}</span>}{' '}
        {initiative ? (
          <TextLink to={`/initiatieven/${encodeURIComponent(initiative.id)}`}>{notification.message}</TextLink>
        ) : (
          notification.message
        )}
      </p>
      <p className="utrecht-paragraph dialoog-card__meta">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
        {initiative ? <> · {initiative.title}</> : null}
      </p>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {notification.read ? null : (
        <Button appearance="subtle" busy={action.pending} onClick={() => void action.run(onMarkRead)}>
          {action.pending ? t('common.busy') : t('notifications.markRead')}
          <span className="dialoog-visually-hidden">: {notification.message}</span>
        </Button>
      )}
    </article>
  );
}
