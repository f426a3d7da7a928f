import type { ErrorSummaryItem } from './ErrorSummary';
import { summaryItems } from './summaryItems';
import type { FormState } from './useFormState';
import { useMessageText } from './useMessageText';

export interface FormErrors<F extends string> {
  /** The text of a field's error in the current language, or undefined when the field is fine. */
  errorText: (field: F) => string | undefined;
  /** The error summary list: the general error first, then field errors in form order. */
  summary: ErrorSummaryItem[];
}

/** A form's errors as text: per field (for the field itself) and as the list for the error summary. */
export function useFormErrors<F extends string>(
  form: Pick<FormState<F>, 'fieldErrors' | 'generalError'>,
  fieldOrder: readonly F[],
  fieldId: (field: F) => string,
): FormErrors<F> {
  const text = useMessageText();
  const errorText = (field: F) => {
    const error = form.fieldErrors[field];
    return error ? text(error) : undefined;
  };
  return { errorText, summary: summaryItems(fieldOrder, form.fieldErrors, form.generalError, fieldId, text) };
}
