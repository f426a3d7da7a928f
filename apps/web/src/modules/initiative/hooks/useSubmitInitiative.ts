import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { SubmitInitiativeDocument } from '../../../generated/graphql';

export type SubmitState = 'idle' | 'pending' | 'success' | 'error';

interface Outcome {
  id: string;
  state: SubmitState;
  error: unknown;
}

export function useSubmitInitiative(id: string): { state: SubmitState; error: unknown; submit: () => Promise<void> } {
  const [submitMutation] = useMutation(SubmitInitiativeDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async () => {
    setOutcome({ id, state: 'pending', error: null });
    try {
      // The result updates the cached initiative (status, timeline), so the page re-renders.
      await submitMutation({ variables: { id } });
      setOutcome({ id, state: 'success', error: null });
    } catch (caught) {
      setOutcome({ id, state: 'error', error: caught });
    }
  };

  // The page component stays mounted when only the :id changes: forget other initiatives' outcome.
  const current = outcome?.id === id ? outcome : null;
  return { state: current?.state ?? 'idle', error: current?.error ?? null, submit };
}
