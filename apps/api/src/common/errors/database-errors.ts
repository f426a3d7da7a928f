/**
 * Recognising database failures that are not the request's fault: the server is restarting
 * or unreachable (answer TEMPORARILY_UNAVAILABLE), or a transaction lost a race (retry it).
 */

/** SQLSTATEs of a lost, refused or shutting-down connection (classes 08, 57P0x, 53300). */
const CONNECTION_STATES = new Set(['08000', '08001', '08003', '08004', '08006', '08007', '57P01', '57P02', '57P03', '53300']);
/** serialization_failure, deadlock_detected. */
const RETRYABLE_STATES = new Set(['40001', '40P01']);
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'ERR_STREAM_WRITE_AFTER_END',
  'ERR_SOCKET_CLOSED',
  'ERR_STREAM_DESTROYED',
]);
const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Connection is not established/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  // node-postgres while a connection is being torn down or reused after the server went away
  /Client was closed and is not queryable/i,
  /This socket has been ended by the other party/i,
  /write after end/i,
  /server closed the connection unexpectedly/i,
  /Query read timeout/i,
  // TypeORM after the driver dropped the connection mid-transaction
  /Query runner already released/i,
  /query runner was already released/i,
];

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  for (let i = 0; i < 5 && current && typeof current === 'object'; i++) {
    chain.push(current);
    // TypeORM wraps driver errors (driverError); graphql-js wraps values that fail `instanceof Error`
    // (an error from another realm, as under Jest's VM modules) as NonErrorThrown (thrownValue).
    const link = current as { driverError?: unknown; cause?: unknown; thrownValue?: unknown };
    const next = link.driverError ?? link.thrownValue ?? link.cause;
    current = next === current ? undefined : next;
  }
  return chain;
}

const field = (error: unknown, name: 'code' | 'message'): string | undefined => {
  const value = (error as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
};

/** True when the database could not be reached or dropped the connection (not a bug, not bad input). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const code = field(e, 'code');
    const message = field(e, 'message') ?? '';
    return (
      (code !== undefined && (CONNECTION_STATES.has(code) || CONNECTION_ERRNOS.has(code))) ||
      CONNECTION_MESSAGES.some((re) => re.test(message))
    );
  });
}

/** True for a serialization failure or a deadlock: running the transaction again may succeed. */
export function isRetryableConflict(error: unknown): boolean {
  return causes(error).some((e) => RETRYABLE_STATES.has(field(e, 'code') ?? ''));
}

/**
 * Runs `work` (one whole transaction) again when it fails with a serialization failure or a
 * deadlock, up to `attempts` times with a short random backoff. Use it around
 * `db.transaction(…)`, never inside one.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20 * attempt));
    }
  }
}
