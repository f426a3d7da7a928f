import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { TextLink } from '../../../ui/TextLink';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { useStatusMessage } from '../../../ui/useStatusMessage';
import { LoginRequired } from '../../auth/components/LoginRequired';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { NotificationItem } from '../components/NotificationItem';
import { useNotifications } from '../hooks/useNotifications';

export const NOTIFICATIONS_PATH = '/meldingen';

/** The signed-in person's notifications, newest first: open them, mark them as read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  return (
    <>
      <PageHeading title={t('notifications.title')} />
      {loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : user ? (
        <NotificationList />
      ) : (
        <LoginRequired
          returnTo={NOTIFICATIONS_PATH}
          title={t('notifications.loginTitle')}
          message={t('notifications.loginMessage')}
          loginLabel={t('notifications.loginLink')}
          registerLabel={t('notifications.registerLink')}
        />
      )}
    </>
  );
}

function NotificationList() {
  const { t } = useTranslation();
  const { notifications, hasMore, loading, error, retry, loadMore, markRead } = useNotifications();
  const all = useAsyncAction();
  const more = useAsyncAction();
  const [notice, announce] = useStatusMessage();
  const unread = notifications.filter((notification) => !notification.read).length;
  return (
    <>
      <p className="utrecht-paragraph">
        <TextLink to="/meldingen/instellingen">{t('notifications.settingsLink')}</TextLink>
      </p>
      {/* The button that was used disappears with the unread state: the confirmation takes focus. */}
      <StatusMessageView message={notice} />
      {loading ? <p className="utrecht-paragraph">{t('common.loading')}</p> : null}
      {error ? <ErrorMessage error={error} onRetry={() => void retry()} /> : null}
      {!loading && !error && notifications.length === 0 ? <p className="utrecht-paragraph">{t('notifications.empty')}</p> : null}
      {all.error ? <ErrorMessage error={all.error} /> : null}
      {unread > 0 ? (
        <p className="dialoog-actions">
          <Button
            appearance="secondary"
            busy={all.pending}
            onClick={() => {
              void all
                .run(() => markRead())
                .then((ok) => {
                  if (ok) {
                    announce(t('notifications.allMarkedRead'));
                  }
                });
            }}
          >
            {all.pending ? t('common.busy') : t('notifications.markAllRead')}
          </Button>
        </p>
      ) : null}
      {notifications.length > 0 ? (
        <ul className="dialoog-card-list dialoog-notification-list">
          {notifications.map((notification) => (
            <li key={notification.id}>
              <NotificationItem
                notification={notification}
                onMarkRead={async () => {
                  await markRead([notification.id]);
                  announce(t('notifications.markedRead'));
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {more.error ? <ErrorMessage error={more.error} /> : null}
      {hasMore ? (
        <p className="dialoog-actions">
          <Button appearance="secondary" busy={more.pending} onClick={() => void more.run(loadMore)}>
            {more.pending ? t('common.busy') : t('notifications.loadMore')}
          </Button>
        </p>
      ) : null}
    </>
  );
}
