import { describe, expect, it } from 'vitest';
import { isHttpUrl, isRecord, isSlug, isText, isWellFormed, pickDefined } from '../../src/util/values.ts';

describe('isRecord', () => {
  it('accepts a JSON object, with or without a prototype', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
  });

  it('refuses null, arrays and every value that is not an object', () => {
    for (const value of [null, undefined, [], [1], 'x', 1, true, 1n]) expect(isRecord(value)).toBe(false);
  });
});

describe('isSlug', () => {
  it('accepts lowercase words and digits joined by single hyphens', () => {
    for (const id of ['a', 'iran-talks-2026', '2026', 'a1-b2']) expect(isSlug(id)).toBe(true);
  });

  it('refuses capitals, spaces, double, leading or trailing hyphens, and what is not a string', () => {
    for (const id of ['Sisi', 'a b', 'a--b', '-a', 'a-', '', '(report)', 'x#end', 7, null])
      expect(isSlug(id)).toBe(false);
  });
});

describe('isWellFormed and isText', () => {
  it('accept text with whole surrogate pairs, Arabic and emoji included', () => {
    expect(isWellFormed('مرحبا 👋')).toBe(true);
    expect(isText('مرحبا 👋')).toBe(true);
  });

  it('refuse a lone high or low surrogate, wherever it is', () => {
    for (const text of ['\uD800', 'a\uDC00b', 'end\uD83D']) {
      expect(isWellFormed(text)).toBe(false);
      expect(isText(text)).toBe(false);
    }
  });

  it('calls nothing but a string text', () => {
    for (const value of [undefined, null, 1, ['a'], { en: 'a' }]) expect(isText(value)).toBe(false);
  });
});

describe('isHttpUrl', () => {
  it('accepts http and https addresses', () => {
    expect(isHttpUrl(new URL('https://news.example/a.json'))).toBe(true);
    expect(isHttpUrl(new URL('http://localhost:4173/'))).toBe(true);
  });

  it('refuses file, data, blob and javascript addresses', () => {
    for (const address of [
      'file:///etc/passwd',
      'data:text/plain,x',
      'blob:https://a.example/1',
      'javascript:alert(1)',
    ])
      expect(isHttpUrl(new URL(address))).toBe(false);
  });
});

describe('pickDefined', () => {
  it('copies only the named fields the value has and defines', () => {
    const value = { id: 'a', note: undefined, extra: 1 } as Record<string, unknown>;
    expect(pickDefined(value, ['id', 'note', 'url'])).toEqual({ id: 'a' });
  });

  it('never copies an inherited field', () => {
    const value = Object.create({ id: 'inherited' }) as Record<string, unknown>;
    expect(pickDefined(value, ['id'])).toEqual({});
  });
});
