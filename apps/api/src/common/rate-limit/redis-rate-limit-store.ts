import type { Redis } from 'ioredis';
import { STRIKE_MEMORY_MS, type RateLimitOutcome, type RateLimitRule, type RateLimitStore } from './rate-limit-store.js';

/**
 * The same rule as the memory store, atomically in one Lua script:
 * KEYS = counter, lock, strikes; ARGV = limit, windowMs, maxLockMs, strikeMemoryMs.
 * Returns {allowed (1/0), retryAfterMs}.
 */
const SCRIPT = `
local locked = redis.call('PTTL', KEYS[2])
if locked > 0 then return {0, locked} end
local count = redis.call('INCR', KEYS[1])
local window = tonumber(ARGV[2])
if count == 1 then redis.call('PEXPIRE', KEYS[1], window) end
if count <= tonumber(ARGV[1]) then return {1, 0} end
local maxLock = tonumber(ARGV[3])
if maxLock <= 0 then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then redis.call('PEXPIRE', KEYS[1], window); ttl = window end
  return {0, ttl}
end
local strikes = redis.call('INCR', KEYS[3])
redis.call('PEXPIRE', KEYS[3], ARGV[4])
local lock = math.floor(math.min(window * math.pow(2, strikes - 1), maxLock))
redis.call('SET', KEYS[2], '1', 'PX', lock)
redis.call('DEL', KEYS[1])
return {0, lock}
`;

type RedisWithScript = Redis & {
  dialoogRateLimit(
    counter: string,
    lock: string,
    strikes: string,
    limit: number,
    windowMs: number,
    maxLockMs: number,
    memoryMs: number,
  ): Promise<[number, number]>;
};

/** Counters in Redis, shared by every API instance. */
export class RedisRateLimitStore implements RateLimitStore {
  readonly kind = 'redis';
  private readonly redis: RedisWithScript;

  constructor(
    redis: Redis,
    private readonly prefix = 'dialoog:rl:',
  ) {
    if (!('dialoogRateLimit' in redis)) {
      redis.defineCommand('dialoogRateLimit', { numberOfKeys: 3, lua: SCRIPT });
    }
    this.redis = redis as RedisWithScript;
  }

  async consume(key: string, rule: RateLimitRule): Promise<RateLimitOutcome> {
    const [allowed, retryAfterMs] = await this.redis.dialoogRateLimit(
      ...this.keys(key),
      rule.limit,
      rule.windowMs,
      rule.maxLockMs ?? 0,
      STRIKE_MEMORY_MS,
    );
    return { allowed: allowed === 1, retryAfterMs: Number(retryAfterMs) };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(...this.keys(key));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private keys(key: string): [string, string, string] {
    // One hash tag per key keeps the three in one cluster slot.
    const base = `${this.prefix}{${key}}`;
    return [`${base}:n`, `${base}:lock`, `${base}:strikes`];
  }
}
