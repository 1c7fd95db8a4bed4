import { describe, expect, test } from 'vitest';
import { heightReporter, isHeightMessage } from '../../src/embed/height.ts';
import type { HeightMessage } from '../../src/embed/height.ts';
import { httpOrigin, targetOrigin } from '../../src/embed/origin.ts';
import { DEFAULT_SRC, embedAttributes, PASSED_ON } from '../../src/embed/params.ts';
import { VIEW_KEYS } from '../../src/view/viewState.ts';

const query = (text: string) => new URLSearchParams(text);

describe('targetOrigin', () => {
  test('takes the origin of the page that framed the embed', () => {
    expect(targetOrigin(query(''), 'https://news.example/2026/02/ankara?x=1#top')).toBe(
      'https://news.example',
    );
    expect(targetOrigin(query(''), 'http://127.0.0.1:4178/examples/iframe.html')).toBe(
      'http://127.0.0.1:4178',
    );
  });

  test('prefers the origin parameter, reduced to an origin', () => {
    expect(targetOrigin(query('origin=https://news.example'), 'https://other.example/')).toBe(
      'https://news.example',
    );
    expect(targetOrigin(query('origin=https://news.example:8443/path'), '')).toBe(
      'https://news.example:8443',
    );
  });

  test('never answers *, null or a non-web scheme', () => {
    for (const origin of ['*', 'null', '', 'news.example', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(targetOrigin(query(`origin=${encodeURIComponent(origin)}`), 'https://news.example/')).toBeNull();
    }
    for (const referrer of ['', '*', 'null', 'about:blank', 'data:text/html,x']) {
      expect(targetOrigin(query(''), referrer)).toBeNull();
    }
  });

  test('httpOrigin keeps the port and drops credentials and path', () => {
    expect(httpOrigin('https://user:pw@news.example:444/a/b')).toBe('https://news.example:444');
    expect(httpOrigin('HTTPS://NEWS.EXAMPLE')).toBe('https://news.example');
  });
});

describe('heightReporter', () => {
  test('posts whole pixels, rounded up, only when the height changed', () => {
    const posted: HeightMessage[] = [];
    const report = heightReporter((message) => posted.push(message));
    for (const height of [811.2, 811.9, 812, 640, 640.4, Number.NaN, -1, Infinity, 0]) report(height);
    expect(posted).toEqual([
      { type: 'diplomatic-timeline:height', height: 812 },
      { type: 'diplomatic-timeline:height', height: 640 },
      { type: 'diplomatic-timeline:height', height: 641 },
      { type: 'diplomatic-timeline:height', height: 0 },
    ]);
    expect(posted.every(isHeightMessage)).toBe(true);
  });

  test('isHeightMessage refuses look-alikes', () => {
    for (const data of [null, 'diplomatic-timeline:height', { type: 'diplomatic-timeline:height' }])
      expect(isHeightMessage(data)).toBe(false);
    expect(isHeightMessage({ type: 'diplomatic-timeline:height', height: '812' })).toBe(false);
    expect(isHeightMessage({ type: 'other', height: 812 })).toBe(false);
    expect(isHeightMessage({ type: 'diplomatic-timeline:height', height: Number.NaN })).toBe(false);
  });
});

describe('embedAttributes', () => {
  test('passes on the documented attributes and nothing else', () => {
    const attributes = embedAttributes(
      query('src=https://news.example/e.json&lang=ar&selected=x&height=30rem&onclick=alert(1)&style=x'),
    );
    expect(attributes).toEqual([
      ['src', 'https://news.example/e.json'],
      ['lang', 'ar'],
      ['selected', 'x'],
      ['height', '30rem'],
    ]);
  });

  test('passes on every parameter of a view, so that a link to a view opens it in the frame', () => {
    const view = new URLSearchParams(VIEW_KEYS.map((key) => [key, 'x']));
    const passed = embedAttributes(view).map(([name]) => name);
    for (const key of VIEW_KEYS) expect(passed).toContain(key);
    expect(PASSED_ON).toContain('link-base');
  });

  test('defaults src, and makes arabic-digits and hide-search boolean attributes', () => {
    expect(embedAttributes(query('hide-search=no'))).toContainEqual(['hide-search', '']);
    expect(embedAttributes(query('arabic-digits&start=2026-02-01&end=2026-02-07'))).toEqual([
      ['src', DEFAULT_SRC],
      ['start', '2026-02-01'],
      ['end', '2026-02-07'],
      ['arabic-digits', ''],
    ]);
    expect(embedAttributes(query('src='))[0]).toEqual(['src', DEFAULT_SRC]);
  });
});
