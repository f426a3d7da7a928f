import { useTranslation } from 'react-i18next';
import { ReasonActionForm } from '../../../ui/ReasonActionForm';

export interface WithdrawPanelProps {
  onWithdraw: (reason: string) => Promise<void>;
}

/** "Intrekken" for the author, with a required reason that everyone can read. */
export function WithdrawPanel({ onWithdraw }: WithdrawPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="dialoog-panel dialoog-panel--quiet" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading" className="utrecht-heading-2">
        {t('initiative.withdraw.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('initiative.withdraw.intro')}</p>
      <ReasonActionForm
        openLabel={t('initiative.withdraw.button')}
        reasonLabel={t('initiative.withdraw.reasonLabel')}
        reasonHint={t('initiative.withdraw.reasonHint')}
        confirmLabel={t('initiative.withdraw.confirm')}
        pendingLabel={t('initiative.withdraw.pending')}
        onConfirm={onWithdraw}
      />
    </section>
  );
}
