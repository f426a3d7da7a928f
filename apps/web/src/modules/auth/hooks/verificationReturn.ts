import { safeReturnTarget } from './useReturnTarget';

const STORAGE_KEY = 'dialoog.afterVerification';

/**
 * Where to go after confirming the e-mail address: the page the person registered from. The mail
 * link carries only the token, so the target waits in this browser's storage (checked again on read).
 */
export function rememberVerificationReturn(target: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, safeReturnTarget(target));
  } catch {
    // Storage blocked: the confirmation page then links to the home page.
  }
}

export function takeVerificationReturn(): string {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    window.localStorage.removeItem(STORAGE_KEY);
    return safeReturnTarget(stored);
  } catch {
    return '/';
  }
}
