import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { TextLink } from '../../../ui/TextLink';
import { useFormatDateTime } from '../../../ui/useFormatDateTime';
import { ScrollTable } from '../../stats/components/ScrollTable';
import type { AuditEntry } from '../hooks/useAuditLog';
import { useAuditText } from '../hooks/useAuditText';

export interface AuditLogTableProps {
  entries: readonly AuditEntry[];
  /** The first row of the page loaded last; it takes focus so keyboard users continue there. */
  newPageIndex: number | null;
  onOnlyPerson: (entry: AuditEntry) => void;
  onOnlyItem: (entry: AuditEntry) => void;
}

/** The audit log as a table: time, who, what, which item, before/after, IP, and filter buttons per row. */
export function AuditLogTable({ entries, newPageIndex, onOnlyPerson, onOnlyItem }: AuditLogTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const text = useAuditText();
  const newPageRef = useRef<HTMLTableCellElement>(null);

  useEffect(() => {
    if (newPageIndex !== null) {
      newPageRef.current?.focus();
    }
  }, [newPageIndex]);

  return (
    <ScrollTable caption={t('admin.log.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('admin.log.time')}</th>
          <th scope="col">{t('admin.log.who')}</th>
          <th scope="col">{t('admin.log.what')}</th>
          <th scope="col">{t('admin.log.item')}</th>
          <th scope="col">{t('admin.log.summary')}</th>
          <th scope="col">{t('admin.log.ip')}</th>
          <th scope="col">{t('admin.log.filter')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => {
          const who = entry.actor?.displayName ?? t('admin.log.system');
          const item = text.itemLabel(entry.targetType, entry.targetId);
          const lines = text.summary(entry.summary);
          return (
            <tr key={entry.id}>
              <th scope="row" ref={index === newPageIndex ? newPageRef : undefined} tabIndex={index === newPageIndex ? -1 : undefined}>
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              </th>
              <td>{who}</td>
              <td>{text.action(entry.action)}</td>
              <td>{entry.targetType === 'initiative' ? <TextLink to={`/initiatieven/${entry.targetId}`}>{item}</TextLink> : item}</td>
              <td>
                {lines.length > 0 ? (
                  <ul className="dialoog-audit-summary">
                    {lines.map((line) => (
                      <li key={line.label}>
                        {line.label}: {line.value}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('admin.log.noSummary')
                )}
              </td>
              <td>{entry.ip ?? t('admin.log.noIp')}</td>
              <td>
                <div className="dialoog-audit-actions">
                  {entry.actor ? (
                    <Button
                      appearance="subtle"
                      aria-label={t('admin.log.onlyPersonLabel', { name: who })}
                      onClick={() => onOnlyPerson(entry)}
                    >
                      {t('admin.log.onlyPerson')}
                    </Button>
                  ) : null}
                  <Button appearance="subtle" aria-label={t('admin.log.onlyItemLabel', { item })} onClick={() => onOnlyItem(entry)}>
                    {t('admin.log.onlyItem')}
                  </Button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
