import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FollowDocument, InitiativeFollowingDocument, UnfollowDocument, type FollowTarget } from '../../../generated/graphql';
import { useAsyncAction, type AsyncAction } from '../../../ui/useAsyncAction';

const TYPENAME: Record<FollowTarget, string> = { INITIATIVE: 'Initiative', NEIGHBOURHOOD: 'Neighbourhood' };

/** Follow or stop following; the cached `viewerFollows` of the initiative or neighbourhood changes with it. */
export function useFollowToggle(
  targetType: FollowTarget,
  targetId: string,
): { action: AsyncAction; toggle: (following: boolean) => Promise<boolean> } {
  const client = useApolloClient();
  const [follow] = useMutation(FollowDocument);
  const [unfollow] = useMutation(UnfollowDocument);
  const action = useAsyncAction();
  return {
    action,
    toggle: (following) =>
      action.run(async () => {
        const variables = { targetId, targetType };
        const now = following ? (await unfollow({ variables })).data?.unfollow : (await follow({ variables })).data?.follow;
        client.cache.modify({
          id: client.cache.identify({ __typename: TYPENAME[targetType], id: targetId }),
          fields: { viewerFollows: () => now ?? !following },
        });
      }),
  };
}

/** Whether the viewer follows the initiative and its neighbourhood. */
export function useInitiativeFollowing(initiativeId: string) {
  const { data } = useQuery(InitiativeFollowingDocument, { variables: { id: initiativeId }, fetchPolicy: 'cache-and-network' });
  return data?.initiative ?? null;
}
