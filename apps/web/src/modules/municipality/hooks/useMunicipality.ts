import { useQuery } from '@apollo/client/react';
import { MunicipalityDocument, type MunicipalityQuery } from '../../../generated/graphql';

export type MunicipalityInfo = MunicipalityQuery['municipality'];

/** The municipality of this site, with its neighbourhoods and themes (for filters and forms). */
export function useMunicipality(): { municipality: MunicipalityInfo | null; loading: boolean } {
  const { data, loading } = useQuery(MunicipalityDocument);
  return { municipality: data?.municipality ?? null, loading: loading && !data };
}
