import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LogoutDocument } from '../../../generated/graphql';
import { useSessionChange } from './useSessionChange';

export function useLogout(): { logout: () => Promise<void>; pending: boolean } {
  const [logoutMutation, { loading }] = useMutation(LogoutDocument);
  const sessionChanged = useSessionChange();
  const navigate = useNavigate();
  const logout = async () => {
    try {
      await logoutMutation();
    } finally {
      // Leave pages that only the logged-in user may see before refetching.
      await navigate('/');
      // The reset aborts the new page's queries still in flight and refetches them; its rejection
      // ("The operation was aborted") is no failure of logging out.
      await sessionChanged().catch(() => undefined);
    }
  };
  return { logout, pending: loading };
}
