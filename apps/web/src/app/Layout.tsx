import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { SecondFactorRequiredBanner } from '../modules/auth/components/SecondFactorRequiredBanner';
import { MAIN_ID, SkipLink } from './SkipLink';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/**
 * Page frame: skip link, header with navigation, main, footer. After a route change (not on
 * the first load) focus moves to the page's h1, so screen reader and keyboard users start at
 * the new content; the page itself sets document.title (PageHeading).
 */
export function Layout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  useEffect(() => {
    if (previousPath.current === pathname) {
      return;
    }
    previousPath.current = pathname;
    const main = mainRef.current;
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus();
  }, [pathname]);

  return (
    <div className="dialoog-page">
      <SkipLink />
      <SiteHeader />
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="dialoog-main">
        <div className="dialoog-container">
          <SecondFactorRequiredBanner />
          <Outlet />
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
