import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readAppError } from '../../../app/graphql-errors';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/TextField';

export interface AddMemberFormProps {
  organisationName: string;
  onAdd: (email: string) => Promise<void>;
  onAdded: (email: string) => void;
}

/** Let a colleague (who has an account here) act for the organisation. */
export function AddMemberForm({ organisationName, onAdd, onAdded }: AddMemberFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) {
      return;
    }
    const value = email.trim();
    setError(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      setFieldError(t('validation.emailInvalid'));
      document.getElementById(`${baseId}-email`)?.focus();
      return;
    }
    setFieldError(undefined);
    setPending(true);
    try {
      await onAdd(value);
      setPending(false);
      setEmail('');
      onAdded(value);
    } catch (caught) {
      setPending(false);
      const appError = readAppError(caught);
      const message = appError.fields['email'] ?? appError.fields['input.email'];
      if (message) {
        setFieldError(message);
        document.getElementById(`${baseId}-email`)?.focus();
      } else {
        setError(caught);
      }
    }
  };

  return (
    <form
      className="utrecht-form dialoog-form"
      noValidate
      aria-label={t('partner.addMemberLabel', { name: organisationName })}
      onSubmit={(event) => void submit(event)}
    >
      {error ? <ErrorMessage error={error} /> : null}
      <TextField
        id={`${baseId}-email`}
        type="email"
        autoComplete="off"
        label={t('partner.memberEmailLabel')}
        hint={t('partner.memberEmailHint')}
        value={email}
        error={fieldError}
        onValueChange={setEmail}
      />
      <Button type="submit" appearance="secondary" busy={pending}>
        {pending ? t('common.busy') : t('partner.addMember')}
      </Button>
    </form>
  );
}
