import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffOnlyPage } from '../../auth/components/StaffOnlyPage';
import { isAdmin } from '../../auth/hooks/isAdmin';
import type { CurrentUser } from '../../auth/hooks/useCurrentUser';

interface AdminOnlyPageProps {
  readonly title: string;
  /** Where the log-in page sends a signed-out visitor back to. */
  readonly path: string;
  readonly children: (user: CurrentUser) => ReactNode;
}

/** A page for admins only: visitors are asked to log in, residents and facilitators read that it is not for them. */
export function AdminOnlyPage({ title, path, children }: AdminOnlyPageProps) {
  const { t } = useTranslation();
  return (
    <StaffOnlyPage title={title} path={path} loginMessage={t('admin.loginRequired')} allows={isAdmin} deniedMessage={t('admin.onlyAdmins')}>
      {children}
    </StaffOnlyPage>
  );
}
