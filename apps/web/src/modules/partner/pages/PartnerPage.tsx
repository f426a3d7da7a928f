import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AddOrganisationMemberDocument, CreateOrganisationDocument } from '../../../generated/graphql';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { useStatusMessage } from '../../../ui/useStatusMessage';
import { LoginRequired } from '../../auth/components/LoginRequired';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useMyOrganisations } from '../../pledge/hooks/useNeeds';
import { AddMemberForm } from '../components/AddMemberForm';
import { OrganisationForm } from '../components/OrganisationForm';

export const PARTNER_PATH = '/partner';

/** Partner organisations: register one, see the ones you act for, and add colleagues. */
export function PartnerPage() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  return (
    <>
      <PageHeading title={t('partner.title')} />
      <p className="utrecht-paragraph">{t('partner.intro')}</p>
      {loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : user ? (
        <Partner />
      ) : (
        <LoginRequired
          returnTo={PARTNER_PATH}
          title={t('mine.loginRequiredTitle')}
          message={t('partner.loginRequired')}
          loginLabel={t('mine.loginLink')}
          registerLabel={t('mine.registerLink')}
        />
      )}
    </>
  );
}

function Partner() {
  const { t } = useTranslation();
  const organisations = useMyOrganisations(true);
  const [create] = useMutation(CreateOrganisationDocument, { refetchQueries: ['MyOrganisations'], awaitRefetchQueries: true });
  const [addMember] = useMutation(AddOrganisationMemberDocument);
  const [notice, announce] = useStatusMessage();
  return (
    <>
      <StatusMessageView message={notice} focus={false} />
      <h2 className="utrecht-heading-2">{t('partner.mineHeading')}</h2>
      {organisations.length === 0 ? <p className="utrecht-paragraph">{t('partner.none')}</p> : null}
      {organisations.length > 0 ? (
        <ul className="dialoog-card-list">
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              <article className="dialoog-card" aria-labelledby={`organisation-${organisation.id}`}>
                <h3 id={`organisation-${organisation.id}`} className="utrecht-heading-3 dialoog-card__title">
                  {organisation.name}
                </h3>
                <p className="utrecht-paragraph dialoog-card__meta">
                  {t(`organisationKind.${organisation.kind}`)}
                  {organisation.kvkNumber ? <> · {t('partner.kvkShown', { number: organisation.kvkNumber })}</> : null}
                </p>
                <AddMemberForm
                  organisationName={organisation.name}
                  onAdd={async (email) => {
                    await addMember({ variables: { organisationId: organisation.id, input: { email } } });
                  }}
                  onAdded={(email) => announce(t('partner.memberAdded', { email, name: organisation.name }))}
                />
              </article>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="utrecht-paragraph">{t('partner.howToPledge')}</p>
      <OrganisationForm
        onCreate={async (input) => {
          await create({ variables: { input } });
          announce(t('partner.created', { name: input.name }));
        }}
      />
    </>
  );
}
