import { useTranslation } from 'react-i18next';
import { useFormatMoney, useFormatNumber } from '../../../ui/useFormatMoney';

export interface ImpactSummaryProps {
  impact: { crowdMoneyCents: number; deliveredHours: number; matchedCents: number };
}

/** "De buurt bracht € X en N uur; de gemeente legt € Y bij." */
export function ImpactSummary({ impact }: ImpactSummaryProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const formatNumber = useFormatNumber();
  if (impact.crowdMoneyCents === 0 && impact.deliveredHours === 0 && impact.matchedCents === 0) {
    return null;
  }
  return (
    <p className="utrecht-paragraph dialoog-impact">
      {t('impact.summary', {
        money: formatMoney(impact.crowdMoneyCents),
        hours: formatNumber(impact.deliveredHours),
        matched: formatMoney(impact.matchedCents),
      })}
    </p>
  );
}
