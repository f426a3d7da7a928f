import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { LoginRequired } from '../../auth/components/LoginRequired';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useMunicipalityOptions } from '../../municipality/hooks/useMunicipalityOptions';
import { InitiativeForm } from '../components/InitiativeForm';
import { useCreateInitiativeForm } from '../hooks/useCreateInitiativeForm';

export const CREATE_INITIATIVE_PATH = '/initiatieven/nieuw';

export function CreateInitiativePage() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  const { neighbourhoodOptions, themeOptions } = useMunicipalityOptions();
  const form = useCreateInitiativeForm();

  return (
    <>
      <PageHeading title={t('create.title')} />
      {loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : user ? (
        <>
          <p className="utrecht-paragraph">{t('create.intro')}</p>
          <InitiativeForm
            form={form}
            neighbourhoodOptions={neighbourhoodOptions}
            themeOptions={themeOptions}
            submitLabel={t('create.submit')}
            pendingLabel={t('create.pending')}
          />
        </>
      ) : (
        <LoginRequired
          returnTo={CREATE_INITIATIVE_PATH}
          title={t('create.loginRequiredTitle')}
          message={t('create.loginRequired')}
          loginLabel={t('create.loginLink')}
          registerLabel={t('create.registerLink')}
        />
      )}
    </>
  );
}
