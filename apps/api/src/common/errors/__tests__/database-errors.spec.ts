import { describe, expect, it } from '@jest/globals';
import { isDatabaseUnavailable, isRetryableConflict, retryOnConflict } from '../database-errors.js';

const pgError = (code: string, message = 'x'): Error => Object.assign(new Error(message), { code });

describe('recognising database failures', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['an administrator shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['a server still starting', pgError('57P03', 'the database system is starting up')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['one wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: pgError('08006') })],
    ['a value from another realm', Object.assign(new Error('Unexpected error value'), { thrownValue: { code: 'ECONNREFUSED' } })],
  ])('treats %s as temporary unavailability', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('does not treat bugs or constraint violations as unavailability', () => {
    expect(isDatabaseUnavailable(pgError('23505', 'duplicate key'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('text')).toBe(false);
  });

  it('retries serialization failures and deadlocks a few times, and nothing else', async () => {
    expect(isRetryableConflict(pgError('40001'))).toBe(true);
    expect(isRetryableConflict(pgError('40P01'))).toBe(true);
    let calls = 0;
    await expect(
      retryOnConflict(() => {
        calls++;
        return calls < 3 ? Promise.reject(pgError('40001')) : Promise.resolve('done');
      }),
    ).resolves.toBe('done');
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryOnConflict(() => (calls++, Promise.reject(pgError('40P01'))), 2)).rejects.toThrow();
    expect(calls).toBe(2);
    calls = 0;
    await expect(retryOnConflict(() => (calls++, Promise.reject(pgError('23505'))))).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
