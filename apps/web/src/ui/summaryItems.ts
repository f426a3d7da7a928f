import type { ErrorSummaryItem } from './ErrorSummary';
import type { Message } from './messages';
import type { FieldErrors } from './useFormState';

/** Builds the error summary list: the general error first, then field errors in form order. */
export function summaryItems<F extends string>(
  fieldOrder: readonly F[],
  fieldErrors: FieldErrors<F>,
  generalError: Message | null,
  fieldId: (field: F) => string,
  text: (message: Message) => string,
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  if (generalError) {
    items.push({ message: text(generalError) });
  }
  for (const field of fieldOrder) {
    const error = fieldErrors[field];
    if (error) {
      items.push({ fieldId: fieldId(field), message: text(error) });
    }
  }
  return items;
}
