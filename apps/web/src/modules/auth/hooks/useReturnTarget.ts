import { useSearchParams } from 'react-router';

export const RETURN_PARAM = 'terug';

const AUTH_PATHS = ['/inloggen', '/registreren'];

/**
 * Only a path on this site is a valid place to return to after logging in: it starts with a
 * single "/" (not "//" or "/\", which browsers treat as another host) and holds no control
 * characters. Anything else, and the login pages themselves, fall back to the home page.
 */
export function safeReturnTarget(raw: string | null | undefined): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return '/';
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) {
    return '/';
  }
  const path = raw.split(/[?#]/)[0] ?? '/';
  return AUTH_PATHS.includes(path) ? '/' : raw;
}

/** Builds a link to a login or register page that returns to `target` afterwards. */
export function withReturnTarget(authPath: string, target: string): string {
  const safe = safeReturnTarget(target);
  return safe === '/' ? authPath : `${authPath}?${RETURN_PARAM}=${encodeURIComponent(safe)}`;
}

/** The validated `?terug=` target of the current page. */
export function useReturnTarget(): string {
  const [searchParams] = useSearchParams();
  return safeReturnTarget(searchParams.get(RETURN_PARAM));
}
