import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../../ui/useFormatMoney';
import { ScrollTable } from '../../stats/components/ScrollTable';
import type { AdminNeighbourhood } from '../hooks/usePlaceAdmin';
import { BudgetForm } from './BudgetForm';

export interface BudgetTableProps {
  year: number;
  neighbourhoods: readonly AdminNeighbourhood[];
  onSave: (neighbourhoodId: string, budgetCents: number) => Promise<void>;
  onSaved: (neighbourhoodName: string, budgetCents: number) => void;
}

/** Per neighbourhood this year's budget, what is used and what is left, with a form to set a new budget. */
export function BudgetTable({ year, neighbourhoods, onSave, onSaved }: BudgetTableProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  return (
    <ScrollTable caption={t('admin.matching.budgetsCaption', { year })}>
      <thead>
        <tr>
          <th scope="col">{t('admin.matching.neighbourhood')}</th>
          <th scope="col">{t('admin.matching.budget')}</th>
          <th scope="col">{t('admin.matching.used')}</th>
          <th scope="col">{t('admin.matching.left')}</th>
          <th scope="col">{t('admin.matching.newBudget')}</th>
        </tr>
      </thead>
      <tbody>
        {neighbourhoods.map((neighbourhood) => {
          const budget = neighbourhood.matchingBudget;
          return (
            <tr key={neighbourhood.id}>
              <th scope="row">{neighbourhood.name}</th>
              <td>{budget ? formatMoney(budget.budgetCents) : t('admin.matching.noBudget')}</td>
              <td>{budget ? formatMoney(budget.usedCents) : '–'}</td>
              <td>{budget ? formatMoney(budget.leftCents) : '–'}</td>
              <td>
                <BudgetForm
                  neighbourhoodName={neighbourhood.name}
                  budgetCents={budget?.budgetCents ?? null}
                  onSave={(cents) => onSave(neighbourhood.id, cents)}
                  onSaved={(cents) => onSaved(neighbourhood.name, cents)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
