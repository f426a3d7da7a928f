import { useCallback, useState, type FormEvent } from 'react';
import { readAppError } from '../app/graphql-errors';
import type { Message } from './messages';

export type FieldErrors<F extends string> = Partial<Record<F, Message>>;

export interface FormState<F extends string> {
  values: Record<F, string>;
  setValue: (field: F, value: string) => void;
  fieldErrors: FieldErrors<F>;
  /** An error that belongs to no single field (e.g. "wrong password", "no connection"). */
  generalError: Message | null;
  pending: boolean;
  /** Increases on every failed submit; the error summary focuses itself when it changes. */
  failedSubmits: number;
  /** Puts every field back to the given values (e.g. empty after a successful add). */
  reset: (values: Record<F, string>) => void;
  handleSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

export interface UseFormStateOptions<F extends string> {
  initialValues: Record<F, string>;
  /** Client-side checks; mirror the API's limits. Returns no entries when all is well. */
  validate: (values: Record<F, string>) => FieldErrors<F>;
  /** Runs the mutation; throw (Apollo errors) to show server errors. */
  submit: (values: Record<F, string>) => Promise<void>;
  /**
   * Server field names that belong to a form field of another name (e.g. "location.lat" → "lat").
   * "input.<field>" needs no alias: the prefix of the mutation's input argument is dropped.
   */
  fieldAliases?: Readonly<Record<string, F>>;
}

/**
 * Form values, client validation, submit with pending state, and server errors mapped to fields
 * (BAD_USER_INPUT `extensions.fields`) or to a general error.
 */
export function useFormState<F extends string>({
  initialValues,
  validate,
  submit,
  fieldAliases = {},
}: UseFormStateOptions<F>): FormState<F> {
  const [values, setValues] = useState(initialValues);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [generalError, setGeneralError] = useState<Message | null>(null);
  const [pending, setPending] = useState(false);
  const [failedSubmits, setFailedSubmits] = useState(0);

  const setValue = useCallback((field: F, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  }, []);

  const run = async () => {
    const clientErrors = validate(values);
    if (Object.keys(clientErrors).length > 0) {
      setFieldErrors(clientErrors);
      setGeneralError(null);
      setFailedSubmits((count) => count + 1);
      return;
    }
    setFieldErrors({});
    setGeneralError(null);
    setPending(true);
    try {
      await submit(values);
      setPending(false);
    } catch (error) {
      setPending(false);
      const appError = readAppError(error);
      const serverFieldErrors: FieldErrors<F> = {};
      const unmatched: string[] = [];
      for (const [serverField, message] of Object.entries(appError.fields)) {
        const bare = serverField.startsWith('input.') ? serverField.slice('input.'.length) : serverField;
        const field = Object.hasOwn(fieldAliases, serverField) ? fieldAliases[serverField] : bare;
        if (field !== undefined && field in values && !serverFieldErrors[field as F]) {
          serverFieldErrors[field as F] = { text: message };
        } else {
          unmatched.push(message);
        }
      }
      setFieldErrors(serverFieldErrors);
      const hasFieldErrors = Object.keys(serverFieldErrors).length > 0;
      if (unmatched.length > 0) {
        setGeneralError({ text: unmatched.join(' ') });
      } else if (!hasFieldErrors) {
        setGeneralError(
          appError.message
            ? { text: appError.message }
            : { key: appError.code === 'NETWORK' ? 'common.networkError' : 'common.unknownError' },
        );
      }
      setFailedSubmits((count) => count + 1);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) {
      void run();
    }
  };

  const reset = useCallback((next: Record<F, string>) => {
    setValues(next);
    setFieldErrors({});
    setGeneralError(null);
  }, []);

  return { values, setValue, fieldErrors, generalError, pending, failedSubmits, reset, handleSubmit };
}
