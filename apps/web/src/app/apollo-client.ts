import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type Reference } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import type { InitiativeCommentsQuery, InitiativeListQuery, NotificationsQuery } from '../generated/graphql';
import { currentLanguage } from './i18n/i18n';

type InitiativeConnection = InitiativeListQuery['initiatives'];
type CommentConnection = NonNullable<InitiativeCommentsQuery['initiative']>['comments'];
type NotificationConnection = NotificationsQuery['notifications'];

/** "Meer laden" (fetchMore with `after`) appends a page; a request without `after` replaces the list. */
function appendPages<C extends { edges: readonly unknown[] }>(existing: C | undefined, incoming: C, after: unknown): C {
  if (!existing || !after) {
    return incoming;
  }
  return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
}

/** Every request says which language the API should answer (error messages) in. */
const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers }) => ({
    headers: { ...(headers as Record<string, string> | undefined), 'Accept-Language': currentLanguage() },
  }));
  return forward(operation);
});

// The session is an httpOnly cookie on the same origin.
const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

/**
 * Subscriptions (live updates) over graphql-ws on the same origin and path: the browser sends the
 * session cookie with the WebSocket handshake. The socket opens with the first subscription and
 * reconnects after a drop (with growing pauses, without limit).
 */
function createWsLink(): { link: GraphQLWsLink; restart: () => void } {
  const client = createClient({
    url: () => `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  // A new session (login, logout) needs a new handshake with the new cookie; subscriptions resume.
  return { link: new GraphQLWsLink(client), restart: () => client.terminate() };
}

export function createApolloClient(): ApolloClient {
  const ws = createWsLink();
  const client = new ApolloClient({
    link: ApolloLink.from([
      languageLink,
      ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, ws.link, httpLink),
    ]),
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
            notifications: {
              keyArgs: false,
              merge: (existing: NotificationConnection | undefined, incoming: NotificationConnection, { args }) =>
                appendPages(existing, incoming, args?.['after']),
            },
          },
        },
        Initiative: {
          fields: {
            comments: {
              keyArgs: false,
              merge: (existing: CommentConnection | undefined, incoming: CommentConnection, { args }) =>
                appendPages(existing, incoming, args?.['after']),
            },
          },
        },
      },
    }),
  });
  client.onResetStore(() => {
    ws.restart();
    return Promise.resolve();
  });
  return client;
}
