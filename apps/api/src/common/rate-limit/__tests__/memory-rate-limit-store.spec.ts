import { describe, expect, it } from '@jest/globals';
import { lockDuration, MemoryRateLimitStore, STRIKE_MEMORY_MS, type RateLimitRule } from '../rate-limit-store.js';

const MINUTE = 60_000;
const perAccount: RateLimitRule = { limit: 5, windowMs: MINUTE, maxLockMs: 15 * MINUTE };

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the in-memory rate-limit store', () => {
  it('allows `limit` hits per window, then refuses until the window ends (no escalation)', async () => {
    const time = clock();
    const store = new MemoryRateLimitStore(time.now);
    const rule = { limit: 3, windowMs: MINUTE };
    for (let i = 0; i < 3; i++) {
      expect((await store.consume('k', rule)).allowed).toBe(true);
    }
    time.advance(20_000);
    expect(await store.consume('k', rule)).toEqual({ allowed: false, retryAfterMs: 40_000 });
    time.advance(40_000);
    expect((await store.consume('k', rule)).allowed).toBe(true);
    await store.close();
  });

  it('locks for 1, 2, 4, 8 and then at most 15 minutes on repeated excess, and forgets after an hour', async () => {
    const time = clock();
    const store = new MemoryRateLimitStore(time.now);
    const locks: number[] = [];
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 5; i++) {
        expect((await store.consume('acc', perAccount)).allowed).toBe(true);
      }
      const refused = await store.consume('acc', perAccount);
      expect(refused.allowed).toBe(false);
      locks.push(refused.retryAfterMs / MINUTE);
      expect((await store.consume('acc', perAccount)).retryAfterMs).toBe(refused.retryAfterMs);
      time.advance(refused.retryAfterMs);
    }
    expect(locks).toEqual([1, 2, 4, 8, 15, 15]);
    time.advance(STRIKE_MEMORY_MS);
    for (let i = 0; i < 5; i++) {
      await store.consume('acc', perAccount);
    }
    expect((await store.consume('acc', perAccount)).retryAfterMs).toBe(MINUTE);
    await store.close();
  });

  it('reset clears counter, lock and strikes; keys are independent', async () => {
    const time = clock();
    const store = new MemoryRateLimitStore(time.now);
    for (let i = 0; i < 6; i++) {
      await store.consume('a', perAccount);
    }
    expect((await store.consume('a', perAccount)).allowed).toBe(false);
    expect((await store.consume('b', perAccount)).allowed).toBe(true);
    await store.reset('a');
    expect((await store.consume('a', perAccount)).allowed).toBe(true);
    await store.close();
  });

  it('computes lock durations that never exceed the maximum', () => {
    expect([1, 2, 3, 4, 5, 50].map((s) => lockDuration(perAccount, s) / MINUTE)).toEqual([1, 2, 4, 8, 15, 15]);
  });
});
