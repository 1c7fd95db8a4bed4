import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import xss, { escapeHtml } from '../../src/vendor/xssEscape.ts';

const unescape = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );

describe('the stand-in for js-xss', () => {
  it('escapes markup whole, as vis-timeline calls it', () => {
    const filter = new xss.FilterXSS({ whiteList: { b: [] } });
    expect(filter.process('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
    expect(filter.process("<b>bold</b> & 'quoted'")).toBe('&lt;b&gt;bold&lt;/b&gt; &amp; &#39;quoted&#39;');
    expect(filter.process('')).toBe('');
    expect(filter.process('الأحد 1 فبراير')).toBe('الأحد 1 فبراير');
  });

  it('leaves no markup character, and loses nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const html = escapeHtml(text);
        expect(html).not.toMatch(/[<>"']/);
        expect(html.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(unescape(html)).toBe(text);
      }),
    );
  });
});
