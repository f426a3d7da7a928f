import { useCallback, useState } from 'react';

export interface AsyncAction {
  pending: boolean;
  /** What the last run threw (show it with ErrorMessage); null after a success. */
  error: unknown;
  /** Runs `action` unless one is running; resolves true on success. Never rejects. */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  reset: () => void;
}

/** Pending and error state for a button that runs a mutation. */
export function useAsyncAction(): AsyncAction {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      if (pending) {
        return false;
      }
      setPending(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (caught) {
        setError(caught);
        return false;
      } finally {
        setPending(false);
      }
    },
    [pending],
  );
  const reset = useCallback(() => setError(null), []);
  return { pending, error, run, reset };
}
