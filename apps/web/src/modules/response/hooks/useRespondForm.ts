import { useMutation, useQuery } from '@apollo/client/react';
import {
  RespondToInitiativeDocument,
  ResponseTemplatesDocument,
  type DecisionOutcome,
  type ResponseKind,
  type ResponseTemplatesQuery,
} from '../../../generated/graphql';
import { useFormState, type FieldErrors, type FormState } from '../../../ui/useFormState';
import { evictInitiativeLists } from '../../initiative/hooks/useInitiativeMutations';

export type RespondField = 'kind' | 'decision' | 'body';

export const RESPONSE_KINDS: readonly ResponseKind[] = ['ACKNOWLEDGEMENT', 'QUESTION', 'SUPPORT_OFFERED', 'DECISION', 'PROGRESS'];
export const DECISIONS: readonly DecisionOutcome[] = ['ADOPT', 'DECLINE'];

export type ResponseTemplate = ResponseTemplatesQuery['responseTemplates'][number];

function validateResponse(values: Record<RespondField, string>): FieldErrors<RespondField> {
  const errors: FieldErrors<RespondField> = {};
  if (!values.body.trim()) {
    errors.body = { key: 'validation.responseRequired' };
  }
  if (values.kind === 'DECISION' && !values.decision) {
    errors.decision = { key: 'validation.decisionRequired' };
  }
  return errors;
}

/** Fills a template's placeholders ({titel}, {naam}, {gemeente}) so the facilitator can edit the text. */
export function fillTemplate(body: string, values: { titel: string; naam: string; gemeente: string }): string {
  return body.replace(/\{(titel|naam|gemeente)\}/g, (_, key: keyof typeof values) => values[key]);
}

/** The municipality's response templates (facilitators only). */
export function useResponseTemplates(): ResponseTemplate[] {
  const { data } = useQuery(ResponseTemplatesDocument);
  return data?.responseTemplates ?? [];
}

export function useRespondForm(
  initiativeId: string,
  onPosted: () => void,
): { form: FormState<RespondField>; templates: ResponseTemplate[] } {
  const [respond] = useMutation(RespondToInitiativeDocument, { update: evictInitiativeLists });
  const templates = useResponseTemplates();
  const form = useFormState<RespondField>({
    initialValues: { kind: 'ACKNOWLEDGEMENT', decision: '', body: '' },
    validate: validateResponse,
    fieldAliases: { 'input.body': 'body', 'input.decision': 'decision', 'input.kind': 'kind' },
    submit: async (values) => {
      const kind = RESPONSE_KINDS.find((k) => k === values.kind) ?? 'ACKNOWLEDGEMENT';
      const decision = kind === 'DECISION' ? (DECISIONS.find((d) => d === values.decision) ?? null) : null;
      await respond({ variables: { initiativeId, input: { kind, decision, body: values.body.trim() } } });
      form.setValue('body', '');
      form.setValue('decision', '');
      onPosted();
    },
  });
  return { form, templates };
}
