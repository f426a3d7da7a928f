import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingRulesInput } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState, type FieldErrors } from '../../../ui/useFormState';
import { parseEuros } from '../../../ui/useFormatMoney';
import { centsToInput } from '../hooks/useMatchingAdmin';

type Field = 'moneyRatio' | 'hourlyRateCents' | 'capPerInitiativeCents';
const FIELDS: readonly Field[] = ['moneyRatio', 'hourlyRateCents', 'capPerInitiativeCents'];

export interface MatchingRulesFormProps {
  rules: MatchingRulesInput;
  onSave: (input: MatchingRulesInput) => Promise<void>;
  onSaved: () => void;
}

/** Reads the form (Dutch numbers and amounts: "0,5", "15,00", "2.500"): the input to send, or what is wrong. */
function rulesInput(values: Record<Field, string>): { input: MatchingRulesInput | null; errors: FieldErrors<Field> } {
  const errors: FieldErrors<Field> = {};
  const ratioText = values.moneyRatio.trim().replace(',', '.');
  const moneyRatio = /^\d+(\.\d{1,2})?$/.test(ratioText) ? Number(ratioText) : null;
  if (moneyRatio === null || moneyRatio > 10) {
    errors.moneyRatio = { key: 'admin.ratioInvalid' };
  }
  const hourlyRateCents = parseEuros(values.hourlyRateCents);
  if (hourlyRateCents === null || hourlyRateCents > 100_000) {
    errors.hourlyRateCents = { key: 'admin.hourInvalid' };
  }
  const capPerInitiativeCents = parseEuros(values.capPerInitiativeCents);
  if (capPerInitiativeCents === null || capPerInitiativeCents > 2_000_000_000) {
    errors.capPerInitiativeCents = { key: 'admin.capInvalid' };
  }
  if (moneyRatio === null || hourlyRateCents === null || capPerInitiativeCents === null || Object.keys(errors).length > 0) {
    return { input: null, errors };
  }
  return { input: { moneyRatio, hourlyRateCents, capPerInitiativeCents }, errors };
}

/** The matching rules: euros added per euro given, the value of a volunteer hour, and the most per initiative. */
export function MatchingRulesForm({ rules, onSave, onSaved }: MatchingRulesFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: Field) => `${baseId}-${field}`;
  const form = useFormState<Field>({
    initialValues: {
      moneyRatio: String(rules.moneyRatio).replace('.', ','),
      hourlyRateCents: centsToInput(rules.hourlyRateCents),
      capPerInitiativeCents: centsToInput(rules.capPerInitiativeCents),
    },
    validate: (values) => rulesInput(values).errors,
    submit: async (values) => {
      const { input } = rulesInput(values);
      if (input) {
        await onSave(input);
        onSaved();
      }
    },
  });
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);

  return (
    <form className="utrecht-form dialoog-form" noValidate aria-labelledby={`${baseId}-heading`} onSubmit={handleSubmit}>
      <h2 id={`${baseId}-heading`} className="utrecht-heading-2">
        {t('admin.matching.rulesHeading')}
      </h2>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        id={fieldId('moneyRatio')}
        label={t('admin.matching.ratioLabel')}
        hint={t('admin.matching.ratioHint')}
        inputMode="decimal"
        autoComplete="off"
        value={values.moneyRatio}
        error={errorText('moneyRatio')}
        onValueChange={(value) => setValue('moneyRatio', value)}
      />
      <TextField
        id={fieldId('hourlyRateCents')}
        label={t('admin.matching.hourLabel')}
        hint={t('admin.matching.hourHint')}
        inputMode="decimal"
        autoComplete="off"
        value={values.hourlyRateCents}
        error={errorText('hourlyRateCents')}
        onValueChange={(value) => setValue('hourlyRateCents', value)}
      />
      <TextField
        id={fieldId('capPerInitiativeCents')}
        label={t('admin.matching.capLabel')}
        hint={t('admin.matching.capHint')}
        inputMode="decimal"
        autoComplete="off"
        value={values.capPerInitiativeCents}
        error={errorText('capPerInitiativeCents')}
        onValueChange={(value) => setValue('capPerInitiativeCents', value)}
      />
      <Button type="submit" busy={pending}>
        {pending ? t('admin.matching.savingRules') : t('admin.matching.saveRules')}
      </Button>
    </form>
  );
}
