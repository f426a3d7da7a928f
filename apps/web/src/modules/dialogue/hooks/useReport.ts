import { useMutation } from '@apollo/client/react';
import { ReportItemDocument, type ReportReason, type ReportTarget } from '../../../generated/graphql';

export const REPORT_REASONS: readonly ReportReason[] = ['SPAM', 'ABUSE', 'PERSONAL_DATA', 'OFF_TOPIC', 'OTHER'];

/** The API's limit for the explanation (REASON_MAX). */
export const REPORT_TEXT_MAX_LENGTH = 1000;

export function useReport(targetType: ReportTarget, targetId: string): (reason: ReportReason, text: string) => Promise<void> {
  const [report] = useMutation(ReportItemDocument);
  return async (reason, text) => {
    await report({ variables: { input: { targetType, targetId, reason, text } } });
  };
}
