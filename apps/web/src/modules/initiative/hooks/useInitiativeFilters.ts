import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { withSearchParam } from '../../../app/search-params';
import type { InitiativeFilter, InitiativeOrder, InitiativeStatus } from '../../../generated/graphql';
import { isInitiativeStatus, PUBLIC_STATUSES } from './initiativeStatus';

export type FilterName = 'status' | 'neighbourhood' | 'theme';

/** Sort orders as they appear in the address (Dutch words) and the API order they stand for. */
export const SORT_ORDERS = {
  relevantie: 'RELEVANCE',
  nieuwste: 'NEWEST',
  'meeste-steun': 'MOST_SUPPORTED',
  populair: 'TRENDING',
  termijn: 'DEADLINE_SOON',
} as const satisfies Record<string, InitiativeOrder>;
export type SortValue = keyof typeof SORT_ORDERS;

export type ListView = 'lijst' | 'kaart';

export interface InitiativeFilterValues {
  status: InitiativeStatus | '';
  neighbourhood: string;
  theme: string;
  /** The search words, as typed. */
  search: string;
  /** The order in effect: relevance only while searching. */
  sort: SortValue;
  view: ListView;
}

/** URL search parameter per setting: the whole view lives in the address, so it can be shared. */
const PARAMS = {
  status: 'status',
  neighbourhood: 'wijk',
  theme: 'thema',
  search: 'zoek',
  sort: 'sorteer',
  view: 'weergave',
} as const;

function isSortValue(value: string | null): value is SortValue {
  return value !== null && Object.hasOwn(SORT_ORDERS, value);
}

export interface InitiativeFiltersState {
  values: InitiativeFilterValues;
  /** The API filter: without a chosen status, the public statuses only. */
  filter: InitiativeFilter;
  search: string | undefined;
  orderBy: InitiativeOrder;
  setFilter: (name: FilterName, value: string) => void;
  setSearch: (value: string) => void;
  setSort: (value: SortValue) => void;
  setView: (value: ListView) => void;
  clearFilters: () => void;
  hasFilters: boolean;
}

export function useInitiativeFilters(): InitiativeFiltersState {
  const [searchParams, setSearchParams] = useSearchParams();

  const values = useMemo<InitiativeFilterValues>(() => {
    const status = searchParams.get(PARAMS.status);
    const search = searchParams.get(PARAMS.search)?.trim() ?? '';
    const sort = searchParams.get(PARAMS.sort);
    const fallbackSort: SortValue = search ? 'relevantie' : 'nieuwste';
    return {
      status: isInitiativeStatus(status) ? status : '',
      neighbourhood: searchParams.get(PARAMS.neighbourhood) ?? '',
      theme: searchParams.get(PARAMS.theme) ?? '',
      search,
      // Relevance needs search words; without them the list falls back to the newest first.
      sort: isSortValue(sort) && (sort !== 'relevantie' || search) ? sort : fallbackSort,
      view: searchParams.get(PARAMS.view) === 'kaart' ? 'kaart' : 'lijst',
    };
  }, [searchParams]);

  const filter = useMemo<InitiativeFilter>(() => {
    const result: InitiativeFilter = { status: values.status ? [values.status] : [...PUBLIC_STATUSES] };
    if (values.neighbourhood) {
      result.neighbourhoodId = values.neighbourhood;
    }
    if (values.theme) {
      result.themeId = values.theme;
    }
    return result;
  }, [values]);

  const setParam = useCallback(
    (name: string, value: string) => {
      setSearchParams((current) => withSearchParam(current, name, value));
    },
    [setSearchParams],
  );

  const setFilter = useCallback((name: FilterName, value: string) => setParam(PARAMS[name], value), [setParam]);
  const setSearch = useCallback((value: string) => setParam(PARAMS.search, value.trim()), [setParam]);
  const setSort = useCallback((value: SortValue) => setParam(PARAMS.sort, value), [setParam]);
  const setView = useCallback((value: ListView) => setParam(PARAMS.view, value === 'kaart' ? value : ''), [setParam]);

  // Clearing keeps the chosen view (list or map).
  const clearFilters = useCallback(
    () => setSearchParams(values.view === 'kaart' ? new URLSearchParams({ [PARAMS.view]: 'kaart' }) : new URLSearchParams()),
    [setSearchParams, values.view],
  );

  return {
    values,
    filter,
    search: values.search || undefined,
    orderBy: SORT_ORDERS[values.sort],
    setFilter,
    setSearch,
    setSort,
    setView,
    clearFilters,
    hasFilters: !!(values.status || values.neighbourhood || values.theme || values.search),
  };
}
