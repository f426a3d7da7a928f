import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { UnsubscribeNotificationsDocument, type NotificationKind } from '../../../generated/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { TextLink } from '../../../ui/TextLink';
import { useAsyncAction } from '../../../ui/useAsyncAction';

/**
 * The unsubscribe link of an e-mail (/meldingen/afmelden?token=…). It asks for one click first, so
 * a mail scanner that opens links does not unsubscribe anyone; no login needed.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [unsubscribe] = useMutation(UnsubscribeNotificationsDocument);
  const action = useAsyncAction();
  const [kind, setKind] = useState<NotificationKind | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (kind) {
      doneRef.current?.focus();
    }
  }, [kind]);

  return (
    <>
      <PageHeading title={t('notifications.unsubscribe.title')} />
      {!token ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t('notifications.unsubscribe.missingToken')}</p>
        </Alert>
      ) : kind ? (
        <div role="status">
          <Alert type="ok" tabIndex={-1} ref={doneRef}>
            <p className="utrecht-paragraph">{t('notifications.unsubscribe.done', { kind: t(`notifications.kinds.${kind}`) })}</p>
          </Alert>
        </div>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('notifications.unsubscribe.intro')}</p>
          {action.error ? <ErrorMessage error={action.error} /> : null}
          <Button
            busy={action.pending}
            onClick={() =>
              void action.run(async () => {
                const result = await unsubscribe({ variables: { token } });
                setKind(result.data?.unsubscribeNotifications.kind ?? null);
              })
            }
          >
            {action.pending ? t('common.busy') : t('notifications.unsubscribe.button')}
          </Button>
        </>
      )}
      <p className="utrecht-paragraph dialoog-back">
        <TextLink to="/meldingen/instellingen">{t('notifications.unsubscribe.settingsLink')}</TextLink>
      </p>
    </>
  );
}
