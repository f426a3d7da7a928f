import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectField } from '../../../ui/SelectField';
import { TextareaField } from '../../../ui/TextareaField';
import { useFormErrors } from '../../../ui/useFormErrors';
import { DECISIONS, fillTemplate, RESPONSE_KINDS, useRespondForm, type RespondField } from '../hooks/useRespondForm';

export interface RespondFormProps {
  initiativeId: string;
  placeholders: { titel: string; naam: string; gemeente: string };
  onPosted: () => void;
}

const FIELDS: readonly RespondField[] = ['kind', 'decision', 'body'];

/** Facilitators answer officially: a kind, a decision when deciding, and the text (optionally from a template). */
export function RespondForm({ initiativeId, placeholders, onPosted }: RespondFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fieldId = (field: RespondField | 'template') => `${baseId}-${field}`;
  const { form, templates } = useRespondForm(initiativeId, onPosted);
  const { values, setValue, pending, failedSubmits, handleSubmit } = form;
  const { errorText, summary } = useFormErrors(form, FIELDS, fieldId);
  return (
    <form
      className="utrecht-form dialoog-form dialoog-respond-form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby={`${baseId}-heading`}
    >
      <h3 id={`${baseId}-heading`} className="utrecht-heading-3">
        {t('respond.heading')}
      </h3>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      {templates.length > 0 ? (
        <SelectField
          id={fieldId('template')}
          label={t('respond.templateLabel')}
          hint={t('respond.templateHint')}
          optional
          emptyOption={t('respond.templateNone')}
          options={templates.map((template) => ({ value: template.id, label: template.name }))}
          value=""
          onValueChange={(id) => {
            const template = templates.find((candidate) => candidate.id === id);
            if (template) {
              setValue('kind', template.kind);
              setValue('body', fillTemplate(template.body, placeholders));
            }
          }}
        />
      ) : null}
      <SelectField
        id={fieldId('kind')}
        label={t('respond.kindLabel')}
        options={RESPONSE_KINDS.map((kind) => ({ value: kind, label: t(`responses.kind.${kind}`) }))}
        value={values.kind}
        error={errorText('kind')}
        onValueChange={(value) => setValue('kind', value)}
      />
      {values.kind === 'DECISION' ? (
        <SelectField
          id={fieldId('decision')}
          label={t('respond.decisionLabel')}
          emptyOption={t('respond.decisionNone')}
          options={DECISIONS.map((decision) => ({ value: decision, label: t(`responses.decision.${decision}`) }))}
          value={values.decision}
          error={errorText('decision')}
          onValueChange={(value) => setValue('decision', value)}
        />
      ) : null}
      <TextareaField
        id={fieldId('body')}
        rows={6}
        label={t('respond.bodyLabel')}
        hint={t('respond.bodyHint')}
        value={values.body}
        error={errorText('body')}
        onValueChange={(value) => setValue('body', value)}
      />
      <Button type="submit" busy={pending}>
        {pending ? t('respond.pending') : t('respond.submit')}
      </Button>
    </form>
  );
}
