import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageHeadingProps {
  title: string;
}

/**
 * The one h1 of a page. It also sets document.title, and it is focusable (tabIndex -1)
 * so that the layout can move focus to it after a route change.
 */
export function PageHeading({ title }: PageHeadingProps) {
  const { t } = useTranslation();
  const siteName = t('app.name');
  useEffect(() => {
    document.title = title === siteName ? siteName : `${title} – ${siteName}`;
  }, [title, siteName]);
  return (
    <h1 className="utrecht-heading-1 dialoog-page-heading" tabIndex={-1}>
      {title}
    </h1>
  );
}
