import { useTranslation } from 'react-i18next';
import { readAppError } from '../app/graphql-errors';
import { Alert } from './Alert';
import { Button } from './Button';

export interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed request, in a role="alert" region, with the API's (translated) message when there is one. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  const appError = readAppError(error);
  const message = appError.message ?? (appError.code === 'NETWORK' ? t('common.networkError') : t('common.unknownError'));
  return (
    <Alert type="error" role="alert">
      <p className="utrecht-paragraph">
        <strong>{t('common.errorTitle')}.</strong> {message}
      </p>
      {onRetry ? (
        <Button appearance="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
