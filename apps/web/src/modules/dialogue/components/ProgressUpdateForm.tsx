import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readAppError } from '../../../app/graphql-errors';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextareaField } from '../../../ui/TextareaField';
import { TextField } from '../../../ui/TextField';

export interface ProgressUpdateFormProps {
  /** Posts the news; throw to show the error. */
  onPost: (title: string, body: string) => Promise<void>;
}

type Field = 'title' | 'body';

/** The initiator's news: a title and a text (Markdown-lite). */
export function ProgressUpdateForm({ onPost }: ProgressUpdateFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: Field) => `${baseId}-${field}`;
  const [values, setValues] = useState<Record<Field, string>>({ title: '', body: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const showErrors = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = (['title', 'body'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) {
      return;
    }
    const title = values.title.trim();
    const body = values.body.trim();
    const found: Partial<Record<Field, string>> = {};
    if (!title) {
      found.title = t('progressUpdates.titleRequired');
    }
    if (!body) {
      found.body = t('progressUpdates.bodyRequired');
    }
    setError(null);
    showErrors(found);
    if (found.title || found.body) {
      return;
    }
    setPending(true);
    try {
      await onPost(title, body);
      setValues({ title: '', body: '' });
    } catch (caught) {
      const fields = readAppError(caught).fields;
      const serverErrors = { title: fields['input.title'] ?? fields['title'], body: fields['input.body'] ?? fields['body'] };
      if (serverErrors.title || serverErrors.body) {
        showErrors(serverErrors);
      } else {
        setError(caught);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="utrecht-form dialoog-form dialoog-progress-form"
      noValidate
      aria-labelledby={`${baseId}-heading`}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${baseId}-heading`} className="utrecht-heading-3">
        {t('progressUpdates.formHeading')}
      </h3>
      {error ? <ErrorMessage error={error} /> : null}
      <TextField
        id={fieldId('title')}
        label={t('progressUpdates.titleLabel')}
        error={errors.title}
        value={values.title}
        onValueChange={(title) => setValues((current) => ({ ...current, title }))}
      />
      <TextareaField
        id={fieldId('body')}
        rows={5}
        label={t('progressUpdates.bodyLabel')}
        hint={t('progressUpdates.bodyHint')}
        error={errors.body}
        value={values.body}
        onValueChange={(body) => setValues((current) => ({ ...current, body }))}
      />
      <Button type="submit" busy={pending}>
        {pending ? t('progressUpdates.pending') : t('progressUpdates.submit')}
      </Button>
    </form>
  );
}
