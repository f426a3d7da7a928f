import { useTranslation } from 'react-i18next';
import type { PledgeStatus } from '../../../generated/graphql';

export function PledgeStatusBadge({ status }: { status: PledgeStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`utrecht-status-badge dialoog-status dialoog-pledge-status--${status.toLowerCase()}`}>
      {t(`pledgeStatus.${status}`)}
    </span>
  );
}
