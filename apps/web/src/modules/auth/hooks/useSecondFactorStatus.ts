import { useQuery } from '@apollo/client/react';
import { SecondFactorStatusDocument, type SecondFactorStatusQuery } from '../../../generated/graphql';

export type SecondFactorStatus = NonNullable<SecondFactorStatusQuery['secondFactor']>;

/** My second factor and my municipality's policy; skipped for visitors. */
export function useSecondFactorStatus(signedIn: boolean) {
  const { data, loading, error, refetch } = useQuery(SecondFactorStatusDocument, { skip: !signedIn });
  return { status: data?.secondFactor ?? null, loading: loading && !data, error, refetch };
}
