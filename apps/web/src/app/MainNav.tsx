import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { LogoutButton } from '../modules/auth/components/LogoutButton';
import { isAdmin } from '../modules/auth/hooks/isAdmin';
import { isStaff } from '../modules/auth/hooks/isStaff';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { withReturnTarget } from '../modules/auth/hooks/useReturnTarget';
import { NotificationBell } from '../modules/notification/components/NotificationBell';

const linkClass = 'utrecht-link utrecht-link--html-a dialoog-nav__link';

export function MainNav() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  return (
    <nav className="dialoog-nav" aria-label={t('nav.label')}>
      <ul className="dialoog-nav__list">
        <li>
          <NavLink to="/initiatieven" end className={linkClass}>
            {t('nav.initiatives')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/initiatieven/nieuw" end className={linkClass}>
            {t('nav.start')}
          </NavLink>
        </li>
        {loading ? null : user ? (
          <>
            <li>
              <NavLink to="/mijn-initiatieven" end className={linkClass}>
                {t('nav.myInitiatives')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/mijn-hulp" end className={linkClass}>
                {t('nav.myPledges')}
              </NavLink>
            </li>
            {isStaff(user.role) ? (
              <>
                <li>
                  <NavLink to="/beheer/inbox" end className={linkClass}>
                    {t('nav.inbox')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/beheer/moderatie" end className={linkClass}>
                    {t('nav.moderation')}
                  </NavLink>
                </li>
                {isAdmin(user.role) ? (
                  <li>
                    <NavLink to="/beheer" end className={linkClass}>
                      {t('admin.nav')}
                    </NavLink>
                  </li>
                ) : null}
              </>
            ) : null}
            <li>
              <NotificationBell className={linkClass} />
            </li>
            <li>
              <NavLink to="/account/beveiliging" end className={linkClass}>
                {t('secondFactor.navLink')}
              </NavLink>
            </li>
            <li className="dialoog-nav__user">{t('nav.loggedInAs', { name: user.displayName })}</li>
            <li>
              <LogoutButton />
            </li>
          </>
        ) : (
          <>
            <li>
              <NavLink to={withReturnTarget('/inloggen', here)} end className={linkClass}>
                {t('nav.login')}
              </NavLink>
            </li>
            <li>
              <NavLink to={withReturnTarget('/registreren', here)} end className={linkClass}>
                {t('nav.register')}
              </NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
