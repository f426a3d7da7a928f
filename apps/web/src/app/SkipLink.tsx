import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

/** First focusable element of every page: jumps past the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (main) {
      event.preventDefault();
      main.focus();
      main.scrollIntoView();
    }
  };
  return (
    <a href={`#${MAIN_ID}`} className="utrecht-skip-link utrecht-skip-link--visible-on-focus" onClick={skip}>
      {t('app.skipLink')}
    </a>
  );
}
