import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readAppError } from '../../../app/graphql-errors';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextareaField } from '../../../ui/TextareaField';
import { COMMENT_MAX_LENGTH } from '../hooks/useComments';

export interface CommentFormProps {
  label: string;
  submitLabel: string;
  initialValue?: string;
  /** Move focus into the text field when the form appears (reply and edit forms). */
  autoFocus?: boolean;
  /** Runs the mutation with the trimmed text; throw to show the error. */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
}

/** A comment, reply or change: one text field, checked before sending; the field is emptied after success. */
export function CommentForm({ label, submitLabel, initialValue = '', autoFocus = false, onSubmit, onCancel }: CommentFormProps) {
  const { t } = useTranslation();
  const fieldId = `${useId()}-body`;
  const [body, setBody] = useState(initialValue);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (autoFocus) {
      document.getElementById(fieldId)?.focus();
    }
  }, [autoFocus, fieldId]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) {
      return;
    }
    const trimmed = body.trim();
    const problem = !trimmed ? t('comments.required') : [...trimmed].length > COMMENT_MAX_LENGTH ? t('comments.tooLong') : null;
    setFieldError(problem);
    setError(null);
    if (problem) {
      document.getElementById(fieldId)?.focus();
      return;
    }
    setPending(true);
    try {
      await onSubmit(trimmed);
      setBody('');
    } catch (caught) {
      const fields = readAppError(caught).fields;
      const serverField = fields['input.body'] ?? fields['body'];
      if (serverField) {
        setFieldError(serverField);
        document.getElementById(fieldId)?.focus();
      } else {
        setError(caught);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="utrecht-form dialoog-form dialoog-comment-form" noValidate onSubmit={(event) => void submit(event)}>
      {error ? <ErrorMessage error={error} /> : null}
      <TextareaField
        id={fieldId}
        name="body"
        rows={4}
        label={label}
        hint={t('comments.hint')}
        error={fieldError ?? undefined}
        value={body}
        onValueChange={setBody}
      />
      <div className="dialoog-button-row">
        <Button type="submit" busy={pending}>
          {pending ? t('comments.pending') : submitLabel}
        </Button>
        {onCancel ? (
          <Button appearance="subtle" disabled={pending} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
