import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useFormState } from '../../../ui/useFormState';
import { parseEuros } from '../../../ui/useFormatMoney';
import { centsToInput } from '../hooks/useMatchingAdmin';

type Field = 'budgetCents';
const FIELDS: readonly Field[] = ['budgetCents'];

export interface BudgetFormProps {
  neighbourhoodName: string;
  budgetCents: number | null;
  onSave: (budgetCents: number) => Promise<void>;
  onSaved: (budgetCents: number) => void;
}

/** This year's matching budget of one neighbourhood, as an amount in euros ("10.000,00"). */
export function BudgetForm({ neighbourhoodName, budgetCents, onSave, onSaved }: BudgetFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: Field) => `${baseId}-${field}`;
  const form = useFormState<Field>({
    initialValues: { budgetCents: budgetCents === null ? '' : centsToInput(budgetCents) },
    validate: (values) => {
      const cents = parseEuros(values.budgetCents);
      return cents === null || cents > 2_000_000_000 ? { budgetCents: { key: 'admin.budgetInvalid' } } : {};
    },
    submit: async (values) => {
      const cents = parseEuros(values.budgetCents);
      if (cents !== null) {
        await onSave(cents);
        onSaved(cents);
      }
    },
  });
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);

  return (
    <form className="dialoog-budget-form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        id={fieldId('budgetCents')}
        label={t('admin.matching.budgetLabel', { name: neighbourhoodName })}
        inputMode="decimal"
        autoComplete="off"
        value={values.budgetCents}
        error={errorText('budgetCents')}
        onValueChange={(value) => setValue('budgetCents', value)}
      />
      <Button type="submit" busy={pending} aria-label={t('admin.matching.setBudgetLabel', { name: neighbourhoodName })}>
        {pending ? t('admin.matching.settingBudget') : t('admin.matching.setBudget')}
      </Button>
    </form>
  );
}
