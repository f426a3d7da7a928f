import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type Reference } from '@apollo/client';
import type { InitiativeListQuery } from '../generated/graphql';
import { currentLanguage } from './i18n/i18n';

type InitiativeConnection = InitiativeListQuery['initiatives'];

/** Every request says which language the API should answer (error messages) in. */
const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers }) => ({
    headers: { ...(headers as Record<string, string> | undefined), 'Accept-Language': currentLanguage() },
  }));
  return forward(operation);
});

// The session is an httpOnly cookie on the same origin.
const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([languageLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // An initiative already in the cache (e.g. just created) is shown without a request.
            initiative: {
              read(existing: Reference | undefined, { args, toReference }): Reference | undefined {
                return (
                  existing ?? (typeof args?.['id'] === 'string' ? toReference({ __typename: 'Initiative', id: args['id'] }) : undefined)
                );
              },
            },
            // One list per filter, search and order; "Meer laden" (fetchMore with `after`) appends a page.
            initiatives: {
              keyArgs: ['filter', 'search', 'orderBy'],
              merge(existing: InitiativeConnection | undefined, incoming: InitiativeConnection, { args }): InitiativeConnection {
                if (!existing || !args?.['after']) {
                  return incoming;
                }
                return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
              },
            },
          },
        },
      },
    }),
  });
}
