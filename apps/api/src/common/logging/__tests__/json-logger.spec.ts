import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { requestContext } from '../../request/request-context.js';
import { JsonLogger } from '../json-logger.js';

describe('JsonLogger', () => {
  let lines: string[];
  let restore: () => void;

  beforeEach(() => {
    lines = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    restore = () => spy.mockRestore();
  });
  afterEach(() => restore());

  it('writes one JSON line with level, context and the request id', () => {
    requestContext.run({ language: 'nl', requestId: 'req-42' }, () => new JsonLogger().log('Gestart', 'Dialoog'));
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', context: 'Dialoog', msg: 'Gestart', requestId: 'req-42' });
  });

  it('redacts passwords, tokens, cookies and message bodies', () => {
    new JsonLogger().warn({ email: 'a@b.nl', password: 'geheim-wachtwoord', nested: { token: 'abc', html: '<p>x</p>' } }, 'Auth');
    const line = lines[0];
    expect(line).not.toContain('geheim-wachtwoord');
    expect(line).not.toContain('abc');
    expect((JSON.parse(line) as { data: unknown }).data).toEqual({
      email: 'a@b.nl',
      password: '[redacted]',
      nested: { token: '[redacted]', html: '[redacted]' },
    });
  });

  it('skips levels that are off', () => {
    new JsonLogger(['error']).log('niet tonen');
    expect(lines).toEqual([]);
  });
});
