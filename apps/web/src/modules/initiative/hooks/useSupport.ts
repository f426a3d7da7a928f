import { useMutation } from '@apollo/client/react';
import { SupportInitiativeDocument, WithdrawSupportDocument } from '../../../generated/graphql';
import { useAsyncAction, type AsyncAction } from '../../../ui/useAsyncAction';

/** Support or take it back; the result updates the cached count, threshold state and status at once. */
export function useSupport(id: string): { action: AsyncAction; support: () => Promise<boolean>; withdraw: () => Promise<boolean> } {
  const [supportMutation] = useMutation(SupportInitiativeDocument);
  const [withdrawMutation] = useMutation(WithdrawSupportDocument);
  const action = useAsyncAction();
  return {
    action,
    support: () => action.run(() => supportMutation({ variables: { id } })),
    withdraw: () => action.run(() => withdrawMutation({ variables: { id } })),
  };
}
