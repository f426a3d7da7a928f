import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportReason, ReportTarget } from '../../../generated/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { SubmitCancelRow } from '../../../ui/SubmitCancelRow';
import { TextareaField } from '../../../ui/TextareaField';
import { REPORT_REASONS, REPORT_TEXT_MAX_LENGTH, useReport } from '../hooks/useReport';

export interface ReportControlProps {
  targetType: ReportTarget;
  targetId: string;
  /** Says what is reported, for screen readers, e.g. "Reactie van Fatima melden". */
  openLabel: string;
  /** Shows `openLabel` as the button's text (e.g. "Meld dit initiatief") instead of "Melden". */
  labelVisible?: boolean;
}

/**
 * "Melden": a button opens a small form in place (disclosure, aria-expanded) with the reason as a
 * radio group and an optional explanation. Focus moves to the first choice, back to the button on
 * "Annuleren", and to the thank-you message after sending (the form is gone then).
 */
export function ReportControl({ targetType, targetId, openLabel, labelVisible = false }: ReportControlProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const formId = `${baseId}-form`;
  const openerRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const send = useReport(targetType, targetId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [text, setText] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (open) {
      document.getElementById(`${baseId}-reason-${REPORT_REASONS[0]}`)?.focus();
    }
  }, [open, baseId]);
  useEffect(() => {
    if (done) {
      doneRef.current?.focus();
    }
  }, [done]);

  const close = () => {
    setOpen(false);
    setReason('');
    setText('');
    setReasonError(null);
    setTextError(null);
    setError(null);
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) {
      return;
    }
    const trimmed = text.trim();
    const noReason = reason ? null : t('report.reasonRequired');
    const tooLong = [...trimmed].length > REPORT_TEXT_MAX_LENGTH ? t('report.textTooLong') : null;
    setReasonError(noReason);
    setTextError(tooLong);
    setError(null);
    if (noReason || tooLong || !reason) {
      document.getElementById(noReason ? `${baseId}-reason-${REPORT_REASONS[0]}` : `${baseId}-text`)?.focus();
      return;
    }
    setPending(true);
    try {
      await send(reason, trimmed);
      setOpen(false);
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  if (done) {
    return (
      <div role="status">
        <Alert type="ok" tabIndex={-1} ref={doneRef}>
          <p className="utrecht-paragraph">{t('report.sent')}</p>
        </Alert>
      </div>
    );
  }

  return (
    <div className="dialoog-report">
      <Button
        ref={openerRef}
        appearance="subtle"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        aria-label={labelVisible ? undefined : openLabel}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {labelVisible ? openLabel : t('report.open')}
      </Button>
      {open ? (
        <form id={formId} className="utrecht-form dialoog-form dialoog-report__form" noValidate onSubmit={(event) => void submit(event)}>
          {error ? <ErrorMessage error={error} /> : null}
          <fieldset
            className={['utrecht-form-fieldset', 'dialoog-fieldset', reasonError ? 'utrecht-form-fieldset--invalid' : null]
              .filter(Boolean)
              .join(' ')}
            aria-describedby={reasonError ? `${baseId}-reason-error` : undefined}
          >
            <legend className="utrecht-form-fieldset__legend">{t('report.reasonLegend')}</legend>
            {reasonError ? (
              <p id={`${baseId}-reason-error`} className="utrecht-form-field-error-message">
                <span className="dialoog-visually-hidden">{t('common.errorPrefix')} </span>
                {reasonError}
              </p>
            ) : null}
            {REPORT_REASONS.map((value) => (
              <div key={value} className="utrecht-form-field utrecht-form-field--radio dialoog-choice">
                <input
                  id={`${baseId}-reason-${value}`}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  type="radio"
                  name={`${baseId}-reason`}
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${baseId}-reason-${value}`}>
                  {t(`report.reasons.${value}`)}
                </label>
              </div>
            ))}
          </fieldset>
          <TextareaField
            id={`${baseId}-text`}
            rows={3}
            optional
            label={t('report.textLabel')}
            hint={t('report.textHint')}
            error={textError ?? undefined}
            value={text}
            onValueChange={setText}
          />
          <SubmitCancelRow label={t('report.submit')} pendingLabel={t('report.pending')} pending={pending} onCancel={close} />
        </form>
      ) : null}
    </div>
  );
}
