import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A subscription as a test sees it: everything received so far, and a way to wait for more. */
export interface LiveSubscription<T> {
  readonly events: T[];
  readonly errors: unknown[];
  waitFor(predicate: (event: T) => boolean, timeoutMs?: number): Promise<T>;
  stop(): void;
}

/**
 * A real graphql-ws client (over `ws`) for one "browser": its cookie and municipality header go
 * with the WebSocket upgrade request, as a browser's would.
 */
export function liveClient(baseUrl: string, headers: Record<string, string> = {}): Client {
  class HeaderWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: HeaderWebSocket,
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribe<T>(client: Client, query: string, variables: Record<string, unknown> = {}): LiveSubscription<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors?.length) {
          errors.push(...value.errors);
        } else if (value.data) {
          events.push(value.data);
        }
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    stop,
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(predicate);
        if (found) {
          return found;
        }
        if (Date.now() > deadline) {
          throw new Error(`No matching event within ${timeoutMs} ms; got ${JSON.stringify(events)} and errors ${JSON.stringify(errors)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The session cookie of a signed-in test client, as a Cookie header. */
export function cookieHeader(cookie: string | undefined): Record<string, string> {
  return cookie ? { cookie: `dialoog_session=${cookie}` } : {};
}
