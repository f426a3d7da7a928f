import { useCallback, useEffect, useRef, useState } from 'react';
import { geocoderRequestUrl, parseGeocoderAnswer, type AddressMatch } from '../geocoder';

/** A search that has not answered within this time counts as failed. */
const TIMEOUT_MS = 10_000;

export type AddressSearchState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'done'; matches: AddressMatch[] } | { kind: 'failed' };

/**
 * Address search against the server's geocoder template (straight from the browser: its origin is in
 * the CSP connect-src). No cookies and no referrer go along. A newer search cancels the one before.
 */
export function useAddressSearch(template: string | null): {
  state: AddressSearchState;
  search: (query: string) => Promise<void>;
  reset: () => void;
} {
  const [state, setState] = useState<AddressSearchState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(
    () => () => {
      running.current?.abort();
      running.current = null;
    },
    [],
  );

  const search = useCallback(
    async (query: string) => {
      if (!template) {
        return;
      }
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      // Only the latest search may change the state (not one replaced by a newer search or a reset).
      const current = () => running.current === controller;
      const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
      setState({ kind: 'pending' });
      try {
        const response = await fetch(geocoderRequestUrl(template, query), {
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          headers: { accept: 'application/json' },
          signal: controller.signal,
        });
        if (!response.ok) {
          throw new Error(`Geocoder answered ${response.status}`);
        }
        const matches = parseGeocoderAnswer(await response.json());
        if (current()) {
          setState({ kind: 'done', matches });
        }
      } catch {
        // Also a timeout: the timer aborted this search while it was still the current one.
        if (current()) {
          setState({ kind: 'failed' });
        }
      } finally {
        window.clearTimeout(timer);
      }
    },
    [template],
  );
  const reset = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ kind: 'idle' });
  }, []);
  return { state, search, reset };
}
