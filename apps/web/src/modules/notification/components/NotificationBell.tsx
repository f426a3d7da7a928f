import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useUnreadNotifications } from '../hooks/useUnreadNotifications';

export interface NotificationBellProps {
  className: string;
}

/**
 * The header link to /meldingen with the unread count ("Meldingen, 3 ongelezen" for screen
 * readers), updated live; a new notification is read out politely.
 */
export function NotificationBell({ className }: NotificationBellProps) {
  const { t } = useTranslation();
  const { unread, latest } = useUnreadNotifications();
  return (
    <>
      <NavLink
        to="/meldingen"
        end
        className={`${className} dialoog-bell`}
        aria-label={unread > 0 ? `${t('notifications.bell')}, ${t('notifications.unread', { count: unread })}` : undefined}
      >
        {t('notifications.bell')}
        {unread > 0 ? (
          <span className="dialoog-bell__count" aria-hidden="true">
            {unread}
          </span>
        ) : null}
      </NavLink>
      <span className="dialoog-visually-hidden" role="status">
        {latest ? t('notifications.arrived', { message: latest }) : ''}
      </span>
    </>
  );
}
