import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { InitiativeDetailFieldsFragment } from '../../../generated/graphql';
import { Alert } from '../../../ui/Alert';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { PageHeading } from '../../../ui/PageHeading';
import { TextLink } from '../../../ui/TextLink';
import { LoginRequired } from '../../auth/components/LoginRequired';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useMunicipalityOptions } from '../../municipality/hooks/useMunicipalityOptions';
import { ImageManager } from '../components/ImageManager';
import { InitiativeForm } from '../components/InitiativeForm';
import { useEditInitiativeForm } from '../hooks/useEditInitiativeForm';
import { useInitiative } from '../hooks/useInitiative';

export function EditInitiativePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user, loading: userLoading } = useCurrentUser();
  const { initiative, loading, notFound, error, retry } = useInitiative(id);
  const detailPath = `/initiatieven/${encodeURIComponent(id)}`;

  let content;
  if (userLoading || loading) {
    content = (
      <p className="utrecht-paragraph" role="status">
        {t('common.loading')}
      </p>
    );
  } else if (!user) {
    content = (
      <LoginRequired
        returnTo={`${detailPath}/bewerken`}
        title={t('create.loginRequiredTitle')}
        message={t('create.loginRequired')}
        loginLabel={t('create.loginLink')}
        registerLabel={t('create.registerLink')}
      />
    );
  } else if (notFound) {
    content = <p className="utrecht-paragraph">{t('initiative.notFound')}</p>;
  } else if (error) {
    content = <ErrorMessage error={error} onRetry={() => void retry()} />;
  } else if (initiative && !initiative.viewerCanEdit) {
    content = (
      <Alert type="warning">
        <p className="utrecht-paragraph">{t('edit.notAllowed')}</p>
      </Alert>
    );
  } else if (initiative) {
    // Keyed: another initiative starts with its own values.
    content = <EditForm key={initiative.id} initiative={initiative} />;
  }

  return (
    <>
      <PageHeading title={t('edit.title')} />
      {content}
      <p className="utrecht-paragraph dialoog-back">
        <TextLink to={detailPath}>{t('edit.backToInitiative')}</TextLink>
      </p>
    </>
  );
}

function EditForm({ initiative }: { initiative: InitiativeDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { neighbourhoodOptions, themeOptions } = useMunicipalityOptions();
  const form = useEditInitiativeForm(initiative);
  return (
    <>
      <p className="utrecht-paragraph">{t('edit.intro')}</p>
      <InitiativeForm
        form={form}
        neighbourhoodOptions={neighbourhoodOptions}
        themeOptions={themeOptions}
        submitLabel={t('edit.submit')}
        pendingLabel={t('edit.pending')}
      />
      <ImageManager initiativeId={initiative.id} images={initiative.images} />
    </>
  );
}
