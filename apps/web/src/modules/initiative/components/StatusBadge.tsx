import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '../../../generated/graphql';

export interface StatusBadgeProps {
  status: InitiativeStatus;
}

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation();
  return <span className={`utrecht-status-badge dialoog-status dialoog-status--${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
