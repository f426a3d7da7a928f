import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  AddNeedDocument,
  ConfirmPledgeDocument,
  InitiativeNeedsDocument,
  MarkPledgeNoShowDocument,
  MyOrganisationsDocument,
  PledgeDocument,
  RecordPledgeFulfilledDocument,
  type InitiativeNeedsQuery,
  type NeedInput,
  type PledgeInput,
} from '../../../generated/graphql';

export type InitiativeNeeds = InitiativeNeedsQuery['initiative'];
export type NeedWithPledges = InitiativeNeeds['needs'][number];
export type ManagedPledge = NeedWithPledges['pledges'][number];

/** Refetched after every change: counters, the initiator's pledge list and the matched money move together. */
const REFETCH: { refetchQueries: string[]; awaitRefetchQueries: boolean } = {
  refetchQueries: ['InitiativeNeeds'],
  awaitRefetchQueries: true,
};

export interface NeedActions {
  addNeed: (input: NeedInput) => Promise<void>;
  pledge: (needId: string, input: PledgeInput) => Promise<void>;
  confirm: (pledgeId: string) => Promise<void>;
  fulfil: (pledgeId: string, hours: number | null) => Promise<void>;
  noShow: (pledgeId: string) => Promise<void>;
}

/** The needs of one initiative, with pledges (for its initiator and staff) and impact. */
export function useInitiativeNeeds(initiativeId: string) {
  const { data, loading, error, refetch } = useQuery(InitiativeNeedsDocument, {
    variables: { id: initiativeId },
    fetchPolicy: 'cache-and-network',
  });
  return { needs: data?.initiative.needs ?? null, impact: data?.initiative.impact ?? null, loading: loading && !data, error, refetch };
}

export function useMyOrganisations(signedIn: boolean) {
  const { data } = useQuery(MyOrganisationsDocument, { skip: !signedIn });
  return data?.myOrganisations ?? [];
}

export function useNeedActions(initiativeId: string): NeedActions {
  const [addNeedMutation] = useMutation(AddNeedDocument, REFETCH);
  const [pledgeMutation] = useMutation(PledgeDocument, REFETCH);
  const [confirmMutation] = useMutation(ConfirmPledgeDocument, REFETCH);
  const [fulfilMutation] = useMutation(RecordPledgeFulfilledDocument, REFETCH);
  const [noShowMutation] = useMutation(MarkPledgeNoShowDocument, REFETCH);
  return useMemo(
    () => ({
      addNeed: async (input) => {
        await addNeedMutation({ variables: { initiativeId, input } });
      },
      pledge: async (needId, input) => {
        await pledgeMutation({ variables: { needId, input } });
      },
      confirm: async (id) => {
        await confirmMutation({ variables: { id } });
      },
      fulfil: async (id, hours) => {
        await fulfilMutation({ variables: { id, input: { hours } } });
      },
      noShow: async (id) => {
        await noShowMutation({ variables: { id } });
      },
    }),
    [initiativeId, addNeedMutation, pledgeMutation, confirmMutation, fulfilMutation, noShowMutation],
  );
}
