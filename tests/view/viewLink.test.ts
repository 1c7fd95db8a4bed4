import { describe, expect, it } from 'vitest';
import { linkBase, viewLink } from '../../src/view/viewLink.ts';

describe('viewLink', () => {
  it("puts the view's parameters in place of the page's old ones, and keeps the page's own", () => {
    const link = viewLink(
      {
        selected: 'zamir-washington-visit',
        window: {
          start: { year: 2026, month: 1 /* Jan */, day: 30 },
          end: { year: 2026, month: 2 /* Feb */, day: 3 },
        },
        filters: {},
      },
      'https://news.example/timeline?lang=ar&selected=old-event&start=2025-01-01&end=2025-01-02#event=old-event',
    );
    const url = new URL(link);
    expect(url.searchParams.get('lang')).toBe('ar');
    expect(url.searchParams.get('selected')).toBe('zamir-washington-visit');
    expect(url.searchParams.get('start')).toBe('2026-01-30');
    expect(url.searchParams.get('end')).toBe('2026-02-03');
    expect(url.hash).toBe('');
  });

  it('leaves out what the view does not have: no window, no selection', () => {
    const link = viewLink(
      { filters: {} },
      'https://news.example/t?selected=old&start=2025-01-01&end=2025-01-02',
    );
    expect(link).toBe('https://news.example/t');
  });

  it("touches only its own timeline's parameters when given a prefix", () => {
    const link = viewLink({ selected: 'b-event', filters: {} }, 'https://news.example/t?a.selected=a-event', {
      prefix: 'b.',
    });
    const url = new URL(link);
    expect(url.searchParams.get('a.selected')).toBe('a-event');
    expect(url.searchParams.get('b.selected')).toBe('b-event');
  });
});

describe('linkBase', () => {
  const PAGE = 'https://frames.example/embed.html?src=e.json';
  it('takes the given address when it is http or https', () => {
    expect(linkBase('https://news.example/2026/ankara?ref=1', PAGE)).toBe(
      'https://news.example/2026/ankara?ref=1',
    );
    expect(linkBase('http://localhost:4173/article', PAGE)).toBe('http://localhost:4173/article');
  });

  it("keeps the page's own address for anything else: nothing copied may run or be relative", () => {
    for (const given of [null, '', 'javascript:alert(1)', 'data:text/html,x', '/relative', 'not a url'])
      expect(linkBase(given, PAGE)).toBe(PAGE);
  });
});
