import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitFrom } from '../../src/load/fetchLimited.ts';

describe('limitFrom: the timeout and max-bytes attributes', () => {
  it.each([
    ['500', 500],
    ['1.5', 1.5],
    [' 2048 ', 2048],
    ['1e3', 1000],
    [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ])('takes %j as %d', (text, limit) => {
    expect(limitFrom(text, 7)).toBe(limit);
  });

  it.each([null, '', ' ', '0', '-0', '-5', 'abc', '15s', 'NaN', 'Infinity', '1e300'])(
    'takes %j as not set: the default, never a limit that refuses everything',
    (text) => {
      expect(limitFrom(text, DEFAULT_LIMITS.timeoutMs)).toBe(15_000);
      expect(limitFrom(text, DEFAULT_LIMITS.maxBytes)).toBe(5 * 1024 * 1024);
    },
  );
});
