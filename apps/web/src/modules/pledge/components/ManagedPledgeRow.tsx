import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedFieldsFragment } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/TextField';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { useFormatNumber } from '../../../ui/useFormatMoney';
import type { ManagedPledge, NeedActions } from '../hooks/useNeeds';
import { countsPeople, useNeedText } from '../hooks/useNeedText';
import { PledgeStatusBadge } from './PledgeStatusBadge';

export interface ManagedPledgeRowProps {
  need: NeedFieldsFragment;
  pledge: ManagedPledge;
  actions: NeedActions;
  /** Tells screen reader users what happened (polite). */
  announce: (text: string) => void;
}

/** One pledge as the initiator sees it: who, how much, status, and the next steps. */
export function ManagedPledgeRow({ need, pledge, actions, announce }: ManagedPledgeRowProps) {
  const { t } = useTranslation();
  const needText = useNeedText();
  const formatNumber = useFormatNumber();
  const baseId = useId();
  const action = useAsyncAction();
  const [hours, setHours] = useState(
    need.startsAt && need.endsAt ? String((Date.parse(need.endsAt) - Date.parse(need.startsAt)) / 3_600_000) : '',
  );
  const [hoursError, setHoursError] = useState<string | undefined>();
  const people = countsPeople(need.kind);
  const who = pledge.organisation
    ? t('pledges.forOrganisation', { name: pledge.volunteer.displayName, organisation: pledge.organisation.name })
    : pledge.volunteer.displayName;

  const run = async (work: () => Promise<void>, doneText: string) => {
    if (await action.run(work)) {
      announce(doneText);
    }
  };

  const fulfil = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let value: number | null = null;
    if (people) {
      value = Number(hours.replace(',', '.'));
      if (!hours.trim() || !Number.isFinite(value) || value <= 0 || value > 1000) {
        setHoursError(t('pledges.hoursInvalid'));
        document.getElementById(`${baseId}-hours`)?.focus();
        return;
      }
    }
    setHoursError(undefined);
    await run(() => actions.fulfil(pledge.id, value), t('pledges.fulfilled', { name: pledge.volunteer.displayName }));
  };

  const open = pledge.status === 'PLEDGED' || pledge.status === 'CONFIRMED';
  return (
    <li className="dialoog-managed-pledge">
      <p className="utrecht-paragraph">
        <strong>{who}</strong> · {needText.amount(need, pledge.amount)} · <PledgeStatusBadge status={pledge.status} />
        {pledge.deliveredHours !== null && pledge.deliveredHours !== undefined ? (
          <> · {t('pledges.deliveredHours', { hours: formatNumber(pledge.deliveredHours) })}</>
        ) : null}
      </p>
      {pledge.note ? <p className="utrecht-paragraph dialoog-managed-pledge__note">{t('pledges.note', { note: pledge.note })}</p> : null}
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {open ? (
        <div className="dialoog-button-row">
          {pledge.status === 'PLEDGED' ? (
            <Button
              busy={action.pending}
              onClick={() => void run(() => actions.confirm(pledge.id), t('pledges.confirmed', { name: pledge.volunteer.displayName }))}
            >
              {t('pledges.confirm')}
              <span className="dialoog-visually-hidden"> ({who})</span>
            </Button>
          ) : null}
          <Button
            appearance="secondary"
            busy={action.pending}
            onClick={() => void run(() => actions.noShow(pledge.id), t('pledges.noShowDone', { name: pledge.volunteer.displayName }))}
          >
            {t('pledges.noShow')}
            <span className="dialoog-visually-hidden"> ({who})</span>
          </Button>
        </div>
      ) : null}
      {pledge.status === 'CONFIRMED' ? (
        <form
          className="utrecht-form dialoog-form dialoog-fulfil-form"
          noValidate
          aria-label={t('pledges.fulfilLabel', { name: who })}
          onSubmit={(event) => void fulfil(event)}
        >
          {people ? (
            <TextField
              id={`${baseId}-hours`}
              label={t('pledges.hoursLabel')}
              hint={t('pledges.hoursHint')}
              inputMode="decimal"
              autoComplete="off"
              value={hours}
              error={hoursError}
              onValueChange={setHours}
            />
          ) : null}
          <Button type="submit" appearance="secondary" busy={action.pending}>
            {action.pending ? t('common.busy') : t('pledges.fulfil')}
            <span className="dialoog-visually-hidden"> ({who})</span>
          </Button>
        </form>
      ) : null}
    </li>
  );
}
