import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  HideInitiativeDocument,
  ModerateInitiativeDocument,
  UnhideInitiativeDocument,
  WithdrawInitiativeDocument,
  type ModerationDecision,
} from '../../../generated/graphql';

/** A status or visibility change moves the initiative between lists: drop every cached list. */
export function evictInitiativeLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
  cache.gc();
}

export interface InitiativeMutations {
  withdraw: (id: string, reason: string) => Promise<void>;
  moderate: (id: string, decision: ModerationDecision, reason: string | null) => Promise<void>;
  hide: (id: string, reason: string) => Promise<void>;
  unhide: (id: string) => Promise<void>;
}

/**
 * The lifecycle and moderation mutations. Each returns the whole initiative, which updates the
 * cached one (status, timeline, hidden), so the page re-renders; they throw Apollo errors.
 */
export function useInitiativeMutations(): InitiativeMutations {
  const update = evictInitiativeLists;
  const [withdrawMutation] = useMutation(WithdrawInitiativeDocument, { update });
  const [moderateMutation] = useMutation(ModerateInitiativeDocument, { update });
  const [hideMutation] = useMutation(HideInitiativeDocument, { update });
  const [unhideMutation] = useMutation(UnhideInitiativeDocument, { update });
  return useMemo(
    () => ({
      withdraw: async (id, reason) => {
        await withdrawMutation({ variables: { id, reason } });
      },
      moderate: async (id, decision, reason) => {
        await moderateMutation({ variables: { id, decision, reason } });
      },
      hide: async (id, reason) => {
        await hideMutation({ variables: { id, reason } });
      },
      unhide: async (id) => {
        await unhideMutation({ variables: { id } });
      },
    }),
    [withdrawMutation, moderateMutation, hideMutation, unhideMutation],
  );
}
