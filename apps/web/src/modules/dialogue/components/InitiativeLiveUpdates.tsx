import { useInitiativeLive } from '../hooks/useInitiativeLive';

export interface InitiativeLiveUpdatesProps {
  initiativeId: string;
}

/** Listens for changes to the open initiative and reads them out politely; it never moves focus. */
export function InitiativeLiveUpdates({ initiativeId }: InitiativeLiveUpdatesProps) {
  const announcement = useInitiativeLive(initiativeId);
  return (
    <div className="dialoog-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="initiative-live">
      {announcement}
    </div>
  );
}
