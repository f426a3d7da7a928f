import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/PageHeading';
import { isStaff } from '../hooks/isStaff';
import { useCurrentUser, type CurrentUser } from '../hooks/useCurrentUser';
import { LoginRequired } from './LoginRequired';

interface StaffOnlyPageProps {
  readonly title: string;
  /** Where the log-in page sends a signed-out visitor back to. */
  readonly path: string;
  /** Why a signed-out visitor has to log in first. */
  readonly loginMessage: string;
  /** Who may see the page (default: facilitators and admins). */
  readonly allows?: (role: CurrentUser['role']) => boolean;
  /** What a signed-in person who may not see the page reads (default: "only for staff"). */
  readonly deniedMessage?: string;
  readonly children: (user: CurrentUser) => ReactNode;
}

/** A page for facilitators and admins: asks visitors to log in and tells residents it is not for them. */
export function StaffOnlyPage({ title, path, loginMessage, allows = isStaff, deniedMessage, children }: StaffOnlyPageProps) {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  let content;
  if (loading) {
    content = (
      <p className="utrecht-paragraph" role="status">
        {t('common.loading')}
      </p>
    );
  } else if (!user) {
    content = (
      <LoginRequired
        returnTo={path}
        title={t('moderation.loginRequiredTitle')}
        message={loginMessage}
        loginLabel={t('moderation.loginLink')}
        registerLabel={t('mine.registerLink')}
      />
    );
  } else if (!allows(user.role)) {
    content = (
      <Alert type="warning">
        <p className="utrecht-paragraph">{deniedMessage ?? t('moderation.staffOnly')}</p>
      </Alert>
    );
  } else {
    content = children(user);
  }
  return (
    <>
      <PageHeading title={title} />
      {content}
    </>
  );
}
