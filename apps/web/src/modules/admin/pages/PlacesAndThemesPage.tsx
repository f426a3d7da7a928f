import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { StatusMessageView } from '../../../ui/StatusMessage';
import { useStatusMessage } from '../../../ui/useStatusMessage';
import { AdminOnlyPage } from '../components/AdminOnlyPage';
import { AdminPageIntro } from '../components/AdminPageIntro';
import { NeighbourhoodForm } from '../components/NeighbourhoodForm';
import { NeighbourhoodTable } from '../components/NeighbourhoodTable';
import { ThemeForm } from '../components/ThemeForm';
import { ThemeTable } from '../components/ThemeTable';
import { useAdminPlaces, usePlaceMutations } from '../hooks/usePlaceAdmin';
import { PLACES_PATH } from './adminPaths';

/** Admins: add, change and retire the neighbourhoods and themes residents choose from. */
export function PlacesAndThemesPage() {
  const { t } = useTranslation();
  return (
    <AdminOnlyPage title={t('admin.places.title')} path={PLACES_PATH}>
      {() => <PlacesAndThemes />}
    </AdminOnlyPage>
  );
}

function PlacesAndThemes() {
  const { t } = useTranslation();
  const places = useAdminPlaces();
  const mutations = usePlaceMutations();
  const [notice, announce] = useStatusMessage();

  return (
    <>
      <AdminPageIntro intro={t('admin.places.intro')} />
      <StatusMessageView message={notice} />
      {places.loading ? (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {places.error ? <ErrorMessage error={places.error} onRetry={places.retry} /> : null}
      {places.loaded ? (
        <>
          <section aria-labelledby="neighbourhoods-heading">
            <h2 id="neighbourhoods-heading" className="utrecht-heading-2">
              {t('admin.places.neighbourhoodsHeading')}
            </h2>
            {places.neighbourhoods.length > 0 ? (
              <NeighbourhoodTable
                neighbourhoods={places.neighbourhoods}
                onSave={(id, input) => mutations.saveNeighbourhood(id, input)}
                onSaved={(name) => announce(t('admin.places.neighbourhoodSaved', { name }))}
                onRetire={async (neighbourhood) => {
                  await mutations.retireNeighbourhood(neighbourhood.id);
                  announce(t('admin.places.neighbourhoodRetired', { name: neighbourhood.name }));
                }}
              />
            ) : (
              <p className="utrecht-paragraph">{t('admin.places.noNeighbourhoods')}</p>
            )}
            <NeighbourhoodForm
              onSave={(input) => mutations.saveNeighbourhood(null, input)}
              onSaved={(name) => announce(t('admin.places.neighbourhoodAdded', { name }))}
            />
          </section>
          <section aria-labelledby="themes-heading">
            <h2 id="themes-heading" className="utrecht-heading-2">
              {t('admin.places.themesHeading')}
            </h2>
            {places.themes.length > 0 ? (
              <ThemeTable
                themes={places.themes}
                onSave={(id, input) => mutations.saveTheme(id, input)}
                onSaved={(name) => announce(t('admin.places.themeSaved', { name }))}
                onRetire={async (theme) => {
                  await mutations.retireTheme(theme.id);
                  announce(t('admin.places.themeRetired', { name: theme.name }));
                }}
              />
            ) : (
              <p className="utrecht-paragraph">{t('admin.places.noThemes')}</p>
            )}
            <ThemeForm
              onSave={(input) => mutations.saveTheme(null, input)}
              onSaved={(name) => announce(t('admin.places.themeAdded', { name }))}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
