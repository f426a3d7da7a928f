import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedInput, NeedKind } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectField } from '../../../ui/SelectField';
import { TextareaField } from '../../../ui/TextareaField';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState, type FieldErrors } from '../../../ui/useFormState';
import { parseEuros } from '../../../ui/useFormatMoney';

export const NEED_KINDS: readonly NeedKind[] = ['SHIFT', 'TASK', 'MATERIAL', 'SPACE', 'MONEY'];

type Field = 'kind' | 'title' | 'description' | 'capacity' | 'startsAt' | 'endsAt' | 'place' | 'dueOn' | 'hoursEstimate' | 'unit';
const FIELD_ORDER: readonly Field[] = [
  'kind',
  'title',
  'description',
  'capacity',
  'unit',
  'startsAt',
  'endsAt',
  'dueOn',
  'hoursEstimate',
  'place',
];
const EMPTY: Record<Field, string> = {
  kind: 'SHIFT',
  title: '',
  description: '',
  capacity: '',
  startsAt: '',
  endsAt: '',
  place: '',
  dueOn: '',
  hoursEstimate: '',
  unit: '',
};

export interface AddNeedFormProps {
  onAdd: (input: NeedInput) => Promise<void>;
  onAdded: (title: string) => void;
}

/** Reads the form: the input to send for this kind of need, or what is wrong (mirrors the API's limits). */
function needInput(values: Record<Field, string>): { input: NeedInput | null; errors: FieldErrors<Field> } {
  const found: FieldErrors<Field> = {};
  const kind = NEED_KINDS.find((k) => k === values.kind) ?? 'SHIFT';
  const title = values.title.trim();
  if ([...title].length < 2 || [...title].length > 120) {
    found.title = { key: 'addNeed.titleInvalid' };
  }
  let capacity: number | null;
  if (kind === 'SPACE') {
    capacity = 1;
  } else if (kind === 'MONEY') {
    capacity = parseEuros(values.capacity);
  } else {
    capacity = /^\d+$/.test(values.capacity.trim()) ? Number(values.capacity.trim()) : null;
  }
  if (capacity === null || capacity < 1) {
    found.capacity = kind === 'MONEY' ? { key: 'addNeed.moneyInvalid' } : { key: 'addNeed.capacityInvalid' };
  }
  const startsAt = values.startsAt ? new Date(values.startsAt) : null;
  const endsAt = values.endsAt ? new Date(values.endsAt) : null;
  if (kind === 'SHIFT') {
    if (!startsAt || Number.isNaN(startsAt.getTime())) {
      found.startsAt = { key: 'addNeed.startsAtRequired' };
    }
    if (!endsAt || Number.isNaN(endsAt.getTime()) || (startsAt && endsAt <= startsAt)) {
      found.endsAt = { key: 'addNeed.endsAtInvalid' };
    }
  }
  const hoursEstimate = values.hoursEstimate.trim() ? Number(values.hoursEstimate.replace(',', '.')) : null;
  if (kind === 'TASK' && hoursEstimate !== null && (!Number.isFinite(hoursEstimate) || hoursEstimate < 0.25 || hoursEstimate > 1000)) {
    found.hoursEstimate = { key: 'addNeed.hoursInvalid' };
  }
  if (Object.keys(found).length > 0 || capacity === null) {
    return { input: null, errors: found };
  }
  return {
    errors: found,
    input: {
      kind,
      title,
      description: values.description.trim(),
      capacity,
      startsAt: kind === 'SHIFT' && startsAt ? startsAt.toISOString() : null,
      endsAt: kind === 'SHIFT' && endsAt ? endsAt.toISOString() : null,
      place: (kind === 'SHIFT' || kind === 'SPACE') && values.place.trim() ? values.place.trim() : null,
      dueOn: kind === 'TASK' && values.dueOn ? values.dueOn : null,
      hoursEstimate: kind === 'TASK' ? hoursEstimate : null,
      unit: kind === 'MATERIAL' && values.unit.trim() ? values.unit.trim() : null,
    },
  };
}

/** The initiator (or staff) adds what the initiative needs; the fields follow the kind of need. */
export function AddNeedForm({ onAdd, onAdded }: AddNeedFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: Field) => `${baseId}-${field}`;
  const form = useFormState<Field>({
    initialValues: EMPTY,
    validate: (values) => needInput(values).errors,
    submit: async (values) => {
      const { input } = needInput(values);
      if (input) {
        await onAdd(input);
        form.reset({ ...EMPTY, kind: values.kind });
        onAdded(input.title);
      }
    },
  });
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const kind = NEED_KINDS.find((k) => k === values.kind) ?? 'SHIFT';
  const set = (field: Field) => (value: string) => setValue(field, value);
  const { errorText, summary } = useFormErrors(form, FIELD_ORDER, fieldId);

  return (
    <form className="utrecht-form dialoog-form dialoog-add-need" noValidate aria-labelledby={`${baseId}-heading`} onSubmit={handleSubmit}>
      <h3 id={`${baseId}-heading`} className="utrecht-heading-3">
        {t('addNeed.heading')}
      </h3>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <SelectField
        id={fieldId('kind')}
        label={t('addNeed.kindLabel')}
        options={NEED_KINDS.map((k) => ({ value: k, label: t(`needKind.${k}`) }))}
        value={values.kind}
        onValueChange={set('kind')}
      />
      <TextField
        id={fieldId('title')}
        label={t('addNeed.titleLabel')}
        hint={t(`addNeed.titleHint.${kind}`)}
        value={values.title}
        error={errorText('title')}
        onValueChange={set('title')}
      />
      <TextareaField
        id={fieldId('description')}
        label={t('addNeed.descriptionLabel')}
        optional
        rows={3}
        value={values.description}
        error={errorText('description')}
        onValueChange={set('description')}
      />
      {kind !== 'SPACE' ? (
        <TextField
          id={fieldId('capacity')}
          label={t(`addNeed.capacityLabel.${kind}`)}
          inputMode={kind === 'MONEY' ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={values.capacity}
          error={errorText('capacity')}
          onValueChange={set('capacity')}
        />
      ) : null}
      {kind === 'MATERIAL' ? (
        <TextField
          id={fieldId('unit')}
          label={t('addNeed.unitLabel')}
          hint={t('addNeed.unitHint')}
          optional
          value={values.unit}
          error={errorText('unit')}
          onValueChange={set('unit')}
        />
      ) : null}
      {kind === 'SHIFT' ? (
        <>
          <TextField
            id={fieldId('startsAt')}
            type="datetime-local"
            label={t('addNeed.startsAtLabel')}
            value={values.startsAt}
            error={errorText('startsAt')}
            onValueChange={set('startsAt')}
          />
          <TextField
            id={fieldId('endsAt')}
            type="datetime-local"
            label={t('addNeed.endsAtLabel')}
            value={values.endsAt}
            error={errorText('endsAt')}
            onValueChange={set('endsAt')}
          />
        </>
      ) : null}
      {kind === 'TASK' ? (
        <>
          <TextField
            id={fieldId('dueOn')}
            type="date"
            label={t('addNeed.dueOnLabel')}
            optional
            value={values.dueOn}
            error={errorText('dueOn')}
            onValueChange={set('dueOn')}
          />
          <TextField
            id={fieldId('hoursEstimate')}
            label={t('addNeed.hoursEstimateLabel')}
            optional
            inputMode="decimal"
            value={values.hoursEstimate}
            error={errorText('hoursEstimate')}
            onValueChange={set('hoursEstimate')}
          />
        </>
      ) : null}
      {kind === 'SHIFT' || kind === 'SPACE' ? (
        <TextField
          id={fieldId('place')}
          label={t('addNeed.placeLabel')}
          optional
          value={values.place}
          error={errorText('place')}
          onValueChange={set('place')}
        />
      ) : null}
      <Button type="submit" busy={pending}>
        {pending ? t('addNeed.pending') : t('addNeed.submit')}
      </Button>
    </form>
  );
}
