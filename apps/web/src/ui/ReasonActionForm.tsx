import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { readAppError } from '../app/graphql-errors';
import { Button } from './Button';
import { ErrorMessage } from './ErrorMessage';
import { SubmitCancelRow } from './SubmitCancelRow';
import type { Message } from './messages';
import { TextareaField } from './TextareaField';
import { useMessageText } from './useMessageText';

/** The API's limit for a reason (REASON_MAX). */
export const REASON_MAX_LENGTH = 2000;

export interface ReasonActionFormProps {
  /** The button that opens the form, e.g. "Intrekken". */
  openLabel: string;
  openAppearance?: 'primary' | 'secondary';
  reasonLabel: string;
  reasonHint?: string;
  confirmLabel: string;
  pendingLabel: string;
  /** Another action on the same item is running: the opener is disabled. */
  disabled?: boolean;
  /** Runs the mutation with the trimmed reason; throw to show the error. */
  onConfirm: (reason: string) => Promise<void>;
}

/**
 * An action that needs a reason (withdraw, ask for changes, reject, hide): a button opens a small
 * form in place (disclosure, aria-expanded); focus moves into the reason field, and back to the
 * button on "Annuleren". The reason is required and checked before sending.
 */
export function ReasonActionForm({
  openLabel,
  openAppearance = 'secondary',
  reasonLabel,
  reasonHint,
  confirmLabel,
  pendingLabel,
  disabled = false,
  onConfirm,
}: ReasonActionFormProps) {
  const text = useMessageText();
  const baseId = useId();
  const formId = `${baseId}-form`;
  const fieldId = `${baseId}-reason`;
  const openerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<Message | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (open && focusRequest > 0) {
      document.getElementById(fieldId)?.focus();
    }
  }, [open, focusRequest, fieldId]);

  const close = () => {
    setOpen(false);
    setReason('');
    setFieldError(null);
    setError(null);
    // The form is gone: give focus back to the button that opened it.
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) {
      return;
    }
    const trimmed = reason.trim();
    if (!trimmed) {
      setFieldError({ key: 'validation.reasonRequired' });
      setFocusRequest((n) => n + 1);
      return;
    }
    if ([...trimmed].length > REASON_MAX_LENGTH) {
      setFieldError({ key: 'validation.reasonTooLong' });
      setFocusRequest((n) => n + 1);
      return;
    }
    setFieldError(null);
    setError(null);
    setPending(true);
    try {
      await onConfirm(trimmed);
      setPending(false);
      setOpen(false);
      setReason('');
    } catch (caught) {
      setPending(false);
      const serverReason = readAppError(caught).fields['reason'];
      if (serverReason) {
        setFieldError({ text: serverReason });
        setFocusRequest((n) => n + 1);
      } else {
        setError(caught);
      }
    }
  };

  return (
    <div className="dialoog-reason-action">
      <Button
        ref={openerRef}
        appearance={openAppearance}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        disabled={disabled && !open}
        onClick={() => {
          if (open) {
            close();
          } else {
            setOpen(true);
            setFocusRequest((n) => n + 1);
          }
        }}
      >
        {openLabel}
      </Button>
      {open ? (
        <form id={formId} className="dialoog-reason-form utrecht-form" noValidate onSubmit={(event) => void submit(event)}>
          {error ? <ErrorMessage error={error} /> : null}
          <TextareaField
            id={fieldId}
            name="reason"
            rows={3}
            required
            label={reasonLabel}
            hint={reasonHint}
            error={fieldError ? text(fieldError) : undefined}
            value={reason}
            onValueChange={setReason}
          />
          <SubmitCancelRow label={confirmLabel} pendingLabel={pendingLabel} pending={pending} onCancel={close} />
        </form>
      ) : null}
    </div>
  );
}
