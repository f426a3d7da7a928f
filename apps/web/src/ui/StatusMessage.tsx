import { useEffect, useRef } from 'react';
import { Alert } from './Alert';

export interface StatusMessage {
  text: string;
  /** Changes with every new message, so the same text is focused again. */
  key: number;
}

export interface StatusMessageViewProps {
  message: StatusMessage | null;
  /** Take focus when the message appears: do this when the control that was used has disappeared. */
  focus?: boolean;
}

/** A success message in a polite live region (role="status"), optionally focused. */
export function StatusMessageView({ message, focus = true }: StatusMessageViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const key = message?.key;
  useEffect(() => {
    if (key !== undefined && focus) {
      ref.current?.focus();
    }
  }, [key, focus]);
  // The live region is always in the page, so a new message in it is read out.
  return (
    <div role="status" className="dialoog-status-region">
      {message ? (
        <Alert type="ok" tabIndex={-1} ref={ref}>
          <p className="utrecht-paragraph">{message.text}</p>
        </Alert>
      ) : null}
    </div>
  );
}
