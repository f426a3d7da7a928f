import { useCallback, useState } from 'react';
import type { StatusMessage } from './StatusMessage';

/** The message for a StatusMessageView and the function that shows a new one (read out, and focused again, even when the text repeats). */
export function useStatusMessage(): [StatusMessage | null, (text: string) => void] {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const announce = useCallback((text: string) => setMessage((current) => ({ text, key: (current?.key ?? 0) + 1 })), []);
  return [message, announce];
}
