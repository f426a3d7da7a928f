export const ADMIN_PATH = '/beheer';
export const AUDIT_LOG_PATH = '/beheer/logboek';
export const PLACES_PATH = '/beheer/buurten-en-themas';
export const MATCHING_PATH = '/beheer/matching';

/** The audit log filtered on one item (e.g. an initiative), as a link. */
export function auditLogOfItem(targetId: string): string {
  return `${AUDIT_LOG_PATH}?${new URLSearchParams({ item: targetId }).toString()}`;
}
