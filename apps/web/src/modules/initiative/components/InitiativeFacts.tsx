import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatDateTime } from '../../../ui/useFormatDateTime';
import { StatusBadge } from './StatusBadge';

export interface InitiativeFactsProps {
  initiative: InitiativeDetailFieldsFragment;
}

/** Status, author, neighbourhood, theme, support and start date as a data list. */
export function InitiativeFacts({ initiative }: InitiativeFactsProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const rows: { key: string; label: string; value: ReactNode }[] = [
    { key: 'status', label: t('initiative.status'), value: <StatusBadge status={initiative.status} /> },
    { key: 'author', label: t('initiative.author'), value: initiative.author.displayName },
    {
      key: 'neighbourhood',
      label: t('initiative.neighbourhood'),
      value: initiative.neighbourhood?.name ?? t('initiative.noNeighbourhood'),
    },
    { key: 'theme', label: t('initiative.theme'), value: initiative.theme?.name ?? t('initiative.noTheme') },
    {
      key: 'location',
      label: t('initiative.location'),
      value: initiative.location
        ? t('initiative.locationValue', { lat: initiative.location.lat.toFixed(5), lng: initiative.location.lng.toFixed(5) })
        : t('initiative.noLocation'),
    },
    { key: 'support', label: t('initiative.support'), value: t('list.support', { count: initiative.supportCount }) },
    {
      key: 'created',
      label: t('initiative.createdAt'),
      value: <time dateTime={initiative.createdAt}>{formatDateTime(initiative.createdAt)}</time>,
    },
  ];
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows dialoog-facts">
      {rows.map((row) => (
        <div key={row.key} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{row.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
