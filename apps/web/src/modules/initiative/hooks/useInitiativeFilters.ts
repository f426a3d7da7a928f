import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { InitiativeFilter, InitiativeStatus } from '../../../generated/graphql';
import { isInitiativeStatus } from './initiativeStatus';

export type FilterName = 'status' | 'neighbourhood' | 'theme';

export interface InitiativeFilterValues {
  status: InitiativeStatus | '';
  neighbourhood: string;
  theme: string;
}

/** URL search parameter per filter: the filter state lives in the address, so it can be shared. */
const PARAMS: Record<FilterName, string> = { status: 'status', neighbourhood: 'wijk', theme: 'thema' };

export function useInitiativeFilters() {
  const [searchParams, setSearchParams] = useSearchParams();

  const values = useMemo<InitiativeFilterValues>(() => {
    const status = searchParams.get(PARAMS.status);
    return {
      status: isInitiativeStatus(status) ? status : '',
      neighbourhood: searchParams.get(PARAMS.neighbourhood) ?? '',
      theme: searchParams.get(PARAMS.theme) ?? '',
    };
  }, [searchParams]);

  const filter = useMemo<InitiativeFilter | undefined>(() => {
    const result: InitiativeFilter = {};
    if (values.status) {
      result.status = [values.status];
    }
    if (values.neighbourhood) {
      result.neighbourhoodId = values.neighbourhood;
    }
    if (values.theme) {
      result.themeId = values.theme;
    }
    return Object.keys(result).length > 0 ? result : undefined;
  }, [values]);

  const setFilter = useCallback(
    (name: FilterName, value: string) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        if (value) {
          next.set(PARAMS[name], value);
        } else {
          next.delete(PARAMS[name]);
        }
        return next;
      });
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => setSearchParams(new URLSearchParams()), [setSearchParams]);

  return { values, filter, setFilter, clearFilters, hasFilters: filter !== undefined };
}
