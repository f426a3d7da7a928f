import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';

export interface RecoveryCodesProps {
  codes: readonly string[];
  onDone: () => void;
}

/** The ten recovery codes, shown once, with copy and print. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const [copyResult, setCopyResult] = useState<'copied' | 'copyFailed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopyResult('copied');
    } catch {
      setCopyResult('copyFailed');
    }
  };
  return (
    <section aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading" className="utrecht-heading-2">
        {t('secondFactor.recoveryTitle')}
      </h2>
      <Alert type="warning">
        <p className="utrecht-paragraph">{t('secondFactor.recoveryHelp')}</p>
      </Alert>
      <ul className="dialoog-recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="dialoog-button-row">
        <Button appearance="secondary" onClick={() => void copy()}>
          {t('secondFactor.copy')}
        </Button>
        <Button appearance="secondary" onClick={() => window.print()}>
          {t('secondFactor.print')}
        </Button>
        <Button onClick={onDone}>{t('secondFactor.saved')}</Button>
      </div>
      <p role="status" className="utrecht-paragraph">
        {copyResult ? t(`secondFactor.${copyResult}`) : ''}
      </p>
    </section>
  );
}
