import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedFieldsFragment, PledgeInput } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/SelectField';
import { StatusMessageView, type StatusMessage } from '../../../ui/StatusMessage';
import { SubmitCancelRow } from '../../../ui/SubmitCancelRow';
import { TextareaField } from '../../../ui/TextareaField';
import { TextField } from '../../../ui/TextField';
import { parseEuros } from '../../../ui/useFormatMoney';
import { useNeedText } from '../hooks/useNeedText';

export interface PledgeFormProps {
  need: NeedFieldsFragment;
  /** Partner organisations the viewer acts for ("Namens"). */
  organisations: ReadonlyArray<{ id: string; name: string }>;
  onPledge: (input: PledgeInput) => Promise<void>;
}

const NOTE_MAX = 500;

/**
 * "Ik help mee": a button that opens a small form in place (disclosure) with the amount (at most
 * what is still open), an optional note and, for partners, on whose behalf. Focus moves into the
 * form, back to the button on "Annuleren", and to the thank-you message after pledging.
 */
export function PledgeForm({ need, organisations, onPledge }: PledgeFormProps) {
  const { t } = useTranslation();
  const needText = useNeedText();
  const baseId = useId();
  const openerRef = useRef<HTMLButtonElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const [noteError, setNoteError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<StatusMessage | null>(null);
  const isMoney = need.kind === 'MONEY';
  const askAmount = need.kind !== 'SPACE' && need.open > 1;

  useEffect(() => {
    if (open) {
      (amountRef.current ?? document.getElementById(`${baseId}-note`))?.focus();
    }
  }, [open, baseId]);

  const close = () => {
    setOpen(false);
    setError(null);
    setAmountError(undefined);
    setNoteError(undefined);
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  const readAmount = (): number | null => {
    if (!askAmount) {
      return 1;
    }
    const value = isMoney ? parseEuros(amount) : /^\d+$/.test(amount.trim()) ? Number(amount.trim()) : null;
    if (value === null || value < 1) {
      setAmountError(isMoney ? t('pledge.amountMoneyInvalid') : t('pledge.amountInvalid'));
      return null;
    }
    if (value > need.open) {
      setAmountError(t('pledge.amountTooLarge', { open: needText.amount(need, need.open) }));
      return null;
    }
    return value;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) {
      return;
    }
    setAmountError(undefined);
    setNoteError(undefined);
    setError(null);
    const value = readAmount();
    if (value === null) {
      amountRef.current?.focus();
      return;
    }
    if ([...note.trim()].length > NOTE_MAX) {
      setNoteError(t('pledge.noteTooLong'));
      document.getElementById(`${baseId}-note`)?.focus();
      return;
    }
    setPending(true);
    try {
      await onPledge({ amount: value, note: note.trim() || null, organisationId: organisationId || null });
      setPending(false);
      setOpen(false);
      setAmount('');
      setNote('');
      setDone((current) => ({
        text: t('pledge.thanks', { amount: needText.amount(need, value), title: need.title }),
        key: (current?.key ?? 0) + 1,
      }));
    } catch (caught) {
      setPending(false);
      setError(caught);
    }
  };

  return (
    <div className="dialoog-pledge">
      <StatusMessageView message={done} />
      {need.open > 0 ? (
        <Button
          ref={openerRef}
          appearance={open ? 'secondary' : 'primary'}
          aria-expanded={open}
          aria-controls={open ? `${baseId}-form` : undefined}
          onClick={() => (open ? close() : setOpen(true))}
        >
          {t('pledge.open')}
          <span className="dialoog-visually-hidden"> ({need.title})</span>
        </Button>
      ) : null}
      {open ? (
        <form
          id={`${baseId}-form`}
          className="utrecht-form dialoog-form dialoog-pledge-form"
          noValidate
          aria-label={t('pledge.formLabel', { title: need.title })}
          onSubmit={(event) => void submit(event)}
        >
          <p className="utrecht-paragraph">{t('pledge.stillOpen', { open: needText.amount(need, need.open) })}</p>
          {error ? <ErrorMessage error={error} /> : null}
          {askAmount ? (
            <TextField
              ref={amountRef}
              id={`${baseId}-amount`}
              label={
                isMoney
                  ? t('pledge.amountMoneyLabel')
                  : need.kind === 'MATERIAL'
                    ? t('pledge.amountPiecesLabel')
                    : t('pledge.amountPeopleLabel')
              }
              hint={
                isMoney
                  ? t('pledge.amountMoneyHint', { open: needText.amount(need, need.open) })
                  : t('pledge.amountHint', { open: need.open })
              }
              inputMode={isMoney ? 'decimal' : 'numeric'}
              type={isMoney ? 'text' : 'number'}
              min={isMoney ? undefined : 1}
              max={isMoney ? undefined : need.open}
              autoComplete="off"
              value={amount}
              error={amountError}
              onValueChange={setAmount}
            />
          ) : null}
          {organisations.length > 0 ? (
            <SelectField
              id={`${baseId}-organisation`}
              label={t('pledge.onBehalfLabel')}
              emptyOption={t('pledge.onBehalfSelf')}
              options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
              value={organisationId}
              onValueChange={setOrganisationId}
            />
          ) : null}
          <TextareaField
            id={`${baseId}-note`}
            label={t('pledge.noteLabel')}
            hint={t('pledge.noteHint')}
            optional
            rows={2}
            value={note}
            error={noteError}
            onValueChange={setNote}
          />
          <SubmitCancelRow label={t('pledge.submit')} pendingLabel={t('pledge.pending')} pending={pending} onCancel={close} />
        </form>
      ) : null}
    </div>
  );
}
