import { useMemo } from 'react';
import type { SelectOption } from '../../../ui/SelectField';
import { useMunicipality } from './useMunicipality';

/** Neighbourhoods and themes of this municipality as select options. */
export function useMunicipalityOptions(): { neighbourhoodOptions: SelectOption[]; themeOptions: SelectOption[] } {
  const { municipality } = useMunicipality();
  return useMemo(
    () => ({
      neighbourhoodOptions: municipality?.neighbourhoods.map((n) => ({ value: n.id, label: n.name })) ?? [],
      themeOptions: municipality?.themes.map((theme) => ({ value: theme.id, label: theme.name })) ?? [],
    }),
    [municipality],
  );
}
