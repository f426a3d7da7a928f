import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../ui/ButtonLink';
import { PageHeading } from '../../../ui/PageHeading';
import { LoginRequired } from '../../auth/components/LoginRequired';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { InitiativeResults } from '../components/InitiativeResults';

export const MY_INITIATIVES_PATH = '/mijn-initiatieven';

const MINE = { mine: true } as const;

/** Every initiative of the signed-in resident, in every status (drafts too). */
export function MyInitiativesPage() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  return (
    <>
      <PageHeading title={t('mine.title')} />
      {loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : user ? (
        <>
          <p className="utrecht-paragraph">{t('mine.intro')}</p>
          <p className="dialoog-actions">
            <ButtonLink to="/initiatieven/nieuw">{t('nav.start')}</ButtonLink>
          </p>
          <section aria-labelledby="mine-results-heading">
            <h2 id="mine-results-heading" className="utrecht-heading-2">
              {t('list.resultsHeading')}
            </h2>
            <InitiativeResults filter={MINE} emptyText={t('mine.empty')} />
          </section>
        </>
      ) : (
        <LoginRequired
          returnTo={MY_INITIATIVES_PATH}
          title={t('mine.loginRequiredTitle')}
          message={t('mine.loginRequired')}
          loginLabel={t('mine.loginLink')}
          registerLabel={t('mine.registerLink')}
        />
      )}
    </>
  );
}
