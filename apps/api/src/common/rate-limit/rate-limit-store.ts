/** One limit: at most `limit` hits per `windowMs`; with `maxLockMs`, going over locks the key for a doubling time. */
export interface RateLimitRule {
  readonly limit: number;
  readonly windowMs: number;
  /** Escalation: the 1st excess locks for `windowMs`, then 2×, 4× … up to this; 0 or absent: no lock, just the window. */
  readonly maxLockMs?: number;
}

export interface RateLimitOutcome {
  readonly allowed: boolean;
  /** When refused: how long until a new attempt can succeed. */
  readonly retryAfterMs: number;
}

/** Counters behind the limiter: in this process, or in Redis so that every instance shares them. */
export interface RateLimitStore {
  readonly kind: 'memory' | 'redis';
  consume(key: string, rule: RateLimitRule): Promise<RateLimitOutcome>;
  /** Forgets the key's counter, lock and strikes (e.g. after a successful login). */
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Strikes (how often a key went over) are forgotten after an hour without a new one: a lock is never permanent. */
export const STRIKE_MEMORY_MS = 60 * 60 * 1000;

export function lockDuration(rule: RateLimitRule, strikes: number): number {
  return Math.min(rule.windowMs * 2 ** Math.max(0, strikes - 1), rule.maxLockMs ?? 0);
}

interface MemoryEntry {
  count: number;
  windowEndsAt: number;
  lockedUntil: number;
  strikes: number;
  strikesExpireAt: number;
}

/** Counters in a Map; fine for one instance. Old entries are swept every minute. */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly kind = 'memory';
  private readonly entries = new Map<string, MemoryEntry>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  consume(key: string, rule: RateLimitRule): Promise<RateLimitOutcome> {
    const now = this.now();
    const entry = this.entries.get(key) ?? { count: 0, windowEndsAt: 0, lockedUntil: 0, strikes: 0, strikesExpireAt: 0 };
    this.entries.set(key, entry);
    if (entry.lockedUntil > now) {
      return Promise.resolve({ allowed: false, retryAfterMs: entry.lockedUntil - now });
    }
    if (entry.windowEndsAt <= now) {
      entry.count = 0;
      entry.windowEndsAt = now + rule.windowMs;
    }
    entry.count++;
    if (entry.count <= rule.limit) {
      return Promise.resolve({ allowed: true, retryAfterMs: 0 });
    }
    if (!rule.maxLockMs) {
      return Promise.resolve({ allowed: false, retryAfterMs: entry.windowEndsAt - now });
    }
    entry.strikes = entry.strikesExpireAt > now ? entry.strikes + 1 : 1;
    entry.strikesExpireAt = now + STRIKE_MEMORY_MS;
    const lock = lockDuration(rule, entry.strikes);
    entry.lockedUntil = now + lock;
    entry.count = 0;
    entry.windowEndsAt = 0;
    return Promise.resolve({ allowed: false, retryAfterMs: lock });
  }

  reset(key: string): Promise<void> {
    this.entries.delete(key);
    return Promise.resolve();
  }

  close(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
    return Promise.resolve();
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, e] of this.entries) {
      if (e.windowEndsAt <= now && e.lockedUntil <= now && e.strikesExpireAt <= now) {
        this.entries.delete(key);
      }
    }
  }
}
