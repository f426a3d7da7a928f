import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { useFormatMoney } from '../../../ui/useFormatMoney';
import { useStatusMessage } from '../../../ui/useStatusMessage';
import { AdminOnlyPage } from '../components/AdminOnlyPage';
import { AdminPageIntro } from '../components/AdminPageIntro';
import { BudgetTable } from '../components/BudgetTable';
import { MatchingRulesForm } from '../components/MatchingRulesForm';
import { useMatchingRules, useSetBudget } from '../hooks/useMatchingAdmin';
import { thisYear, useAdminPlaces } from '../hooks/usePlaceAdmin';
import { MATCHING_PATH } from './adminPaths';

/** Admins: the matching rules and this year's matching budget per neighbourhood. */
export function MatchingPage() {
  const { t } = useTranslation();
  return (
    <AdminOnlyPage title={t('admin.matching.title')} path={MATCHING_PATH}>
      {() => <Matching />}
    </AdminOnlyPage>
  );
}

function Matching() {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const rules = useMatchingRules();
  const places = useAdminPlaces();
  const setBudget = useSetBudget();
  const year = thisYear();
  const [notice, announce] = useStatusMessage();

  return (
    <>
      <AdminPageIntro intro={t('admin.matching.intro')} />
      {/* The forms stay where they are: the message is read out, focus stays on the button. */}
      <StatusMessageView message={notice} focus={false} />
      {rules.loading || places.loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {rules.error ? <ErrorMessage error={rules.error} onRetry={rules.retry} /> : null}
      {rules.rules ? (
        <MatchingRulesForm rules={rules.rules} onSave={rules.save} onSaved={() => announce(t('admin.matching.rulesSaved'))} />
      ) : null}
      <section aria-labelledby="budgets-heading">
        <h2 id="budgets-heading" className="utrecht-heading-2">
          {t('admin.matching.budgetsHeading', { year })}
        </h2>
        <p className="utrecht-paragraph">{t('admin.matching.budgetsIntro')}</p>
        {places.error ? <ErrorMessage error={places.error} onRetry={places.retry} /> : null}
        {places.loaded && places.neighbourhoods.length === 0 ? (
          <p className="utrecht-paragraph">{t('admin.matching.noNeighbourhoods')}</p>
        ) : null}
        {places.neighbourhoods.length > 0 ? (
          <BudgetTable
            year={year}
            neighbourhoods={places.neighbourhoods}
            onSave={setBudget}
            onSaved={(name, cents) => announce(t('admin.matching.budgetSaved', { name, amount: formatMoney(cents) }))}
          />
        ) : null}
      </section>
    </>
  );
}
