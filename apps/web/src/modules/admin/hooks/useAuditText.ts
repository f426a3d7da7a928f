import { useTranslation } from 'react-i18next';

export interface SummaryLine {
  label: string;
  value: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Flattens a before/after summary into [path, value] pairs, e.g. { after: { name: "A" } } → [["after", "name"], "A"]. */
function flatten(value: unknown, path: readonly string[] = []): Array<[readonly string[], unknown]> {
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && path.length > 0) {
      return [[path, null]];
    }
    return entries.flatMap(([key, inner]) => flatten(inner, [...path, key]));
  }
  return [[path, value]];
}

/** A translated block as a lookup table (keys may hold dots, like "user.role_changed"). */
function lookup(block: unknown): (key: string) => string | undefined {
  const table = isRecord(block) ? block : {};
  return (key) => (Object.hasOwn(table, key) && typeof table[key] === 'string' ? table[key] : undefined);
}

/** Plain-language text for audit entries: the action, the kind of item, and the summary as "key: value" lines. */
export function useAuditText() {
  const { t } = useTranslation();
  const actions = lookup(t('admin.log.action', { returnObjects: true }));
  const targetTypes = lookup(t('admin.log.targetType', { returnObjects: true }));
  const keys = lookup(t('admin.log.key', { returnObjects: true }));
  const statuses = lookup(t('status', { returnObjects: true }));

  const action = (raw: string) => actions(raw) ?? raw;
  const targetType = (raw: string) => targetTypes(raw) ?? raw;
  /** A short, readable name for an item: its kind and the start of its id. */
  const itemLabel = (type: string, id: string) => `${targetType(type)} ${id.slice(0, 8)}`;

  const valueText = (value: unknown): string => {
    if (value === null || value === undefined || value === '') {
      return t('admin.log.empty_value');
    }
    if (typeof value === 'boolean') {
      return value ? t('admin.log.yes') : t('admin.log.no');
    }
    if (typeof value === 'string') {
      // Statuses (e.g. "under_review") read as on the rest of the site.
      return (/^[a-z_]+$/.test(value) ? statuses(value.toUpperCase()) : undefined) ?? value;
    }
    return typeof value === 'number' ? String(value) : JSON.stringify(value);
  };

  const summary = (json: unknown): SummaryLine[] =>
    flatten(json)
      .filter(([path]) => path.length > 0)
      .map(([path, value]) => ({ label: path.map((key) => keys(key) ?? key).join(' – '), value: valueText(value) }));

  return { action, targetType, itemLabel, summary };
}
