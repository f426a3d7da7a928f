import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';
import { TextLink } from '../ui/TextLink';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p className="utrecht-paragraph">{t('notFound.body')}</p>
      <p className="utrecht-paragraph">
        <TextLink to="/">{t('notFound.homeLink')}</TextLink>
      </p>
    </>
  );
}
