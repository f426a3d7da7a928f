import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { TextLink } from '../../../ui/TextLink';
import { useAsyncAction } from '../../../ui/useAsyncAction';
import { useStatusMessage } from '../../../ui/useStatusMessage';
import { LoginRequired } from '../../auth/components/LoginRequired';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { FrequencyRadioGroup } from '../components/FrequencyRadioGroup';
import { NOTIFICATION_KINDS, useNotificationPreferences, type Preferences } from '../hooks/useNotificationPreferences';

export const NOTIFICATION_SETTINGS_PATH = '/meldingen/instellingen';

/** Per kind of notification: e-mail immediately, once a day, once a week or never. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  return (
    <>
      <PageHeading title={t('notifications.settings.title')} />
      {loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : user ? (
        <SettingsForm />
      ) : (
        <LoginRequired
          returnTo={NOTIFICATION_SETTINGS_PATH}
          title={t('notifications.loginTitle')}
          message={t('notifications.settings.loginMessage')}
          loginLabel={t('notifications.loginLink')}
          registerLabel={t('notifications.registerLink')}
        />
      )}
    </>
  );
}

function SettingsForm() {
  const { t } = useTranslation();
  const { saved, loading, error, save } = useNotificationPreferences();
  const action = useAsyncAction();
  const [changes, setChanges] = useState<Preferences>({});
  const [notice, announce] = useStatusMessage();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await action.run(() => save(changes));
    if (ok) {
      setChanges({});
      announce(t('notifications.settings.saved'));
    }
  };

  return (
    <>
      <p className="utrecht-paragraph">{t('notifications.settings.intro')}</p>
      {/* Focus stays on the save button; the confirmation is read out politely. */}
      <StatusMessageView message={notice} focus={false} />
      {loading ? <p className="utrecht-paragraph">{t('common.loading')}</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {saved ? (
        <form className="utrecht-form dialoog-form" noValidate onSubmit={(event) => void submit(event)}>
          {action.error ? <ErrorMessage error={action.error} /> : null}
          {NOTIFICATION_KINDS.map((kind) => (
            <FrequencyRadioGroup
              key={kind}
              kind={kind}
              value={changes[kind] ?? saved[kind]}
              onChange={(frequency) => setChanges((current) => ({ ...current, [kind]: frequency }))}
            />
          ))}
          <Button type="submit" busy={action.pending}>
            {action.pending ? t('common.busy') : t('notifications.settings.save')}
          </Button>
        </form>
      ) : null}
      <p className="utrecht-paragraph dialoog-back">
        <TextLink to="/meldingen">{t('notifications.settings.back')}</TextLink>
      </p>
    </>
  );
}
