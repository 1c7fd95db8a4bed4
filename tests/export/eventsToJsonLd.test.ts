import { describe, expect, it } from 'vitest';
import { eventsToJsonLd } from '../../src/export/eventsToJsonLd.ts';
import type { EventsDocument } from '../../src/types.ts';
import { loadArticle } from '../fixtures/article.ts';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Node {
  '@type'?: string;
  '@id'?: string;
  type?: string;
  id?: string;
  startDate?: string;
  endDate?: string;
  body?: unknown[];
  target?: { source: string; selector: Selector[] };
  [key: string]: unknown;
}

const { document, sourceText } = loadArticle();
const graphOf = (doc: EventsDocument, text: string) =>
  (eventsToJsonLd(doc, { sourceText: text, base: 'https://example.org/ankara' }) as { '@graph': Node[] })[
    '@graph'
  ];

/** Where a Web Annotation's selectors say the quote is, read the way the model counts: code points. */
function located(text: string, selectors: Selector[]) {
  const position = selectors.find((s) => s.type === 'TextPositionSelector')!;
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
  const characters = [...text];
  return {
    byPosition: characters.slice(position.start, position.end).join(''),
    byQuote: text.includes(`${quote.prefix}${quote.exact}${quote.suffix}`),
  };
}

describe('eventsToJsonLd', () => {
  const graph = graphOf(document, sourceText);
  const events = graph.filter((node) => node['@type'] === 'Event');
  const annotations = graph.filter((node) => node.type === 'Annotation');

  it('writes every event as a schema.org Event with its days', () => {
    expect(events.map((node) => node['@id'])).toEqual(
      document.events.map((event) => `https://example.org/ankara#${event.id}`),
    );
    const zamir = events.find((node) => node['@id']!.endsWith('#zamir-washington-visit'))!;
    expect([zamir.startDate, zamir.endDate]).toEqual(['2026-01-30', '2026-01-31']);
    const undated = events.find((node) => node['@id']!.endsWith('#us-open-to-talks'))!;
    expect(undated.startDate).toBeUndefined();
  });

  it('writes every quote as a Web Annotation whose selectors find it in the source text', () => {
    const quotes = document.events.flatMap((event) => event.quotes);
    expect(annotations).toHaveLength(quotes.length);
    annotations.forEach((node, i) => {
      expect(node.target!.selector[0]!.exact).toBe(quotes[i]!.text);
      expect(located(sourceText, node.target!.selector)).toEqual({
        byPosition: quotes[i]!.text,
        byQuote: true,
      });
      expect(node.body).toContainEqual(expect.objectContaining({ value: quotes[i]!.translation }));
    });
  });

  it('counts positions in code points when the source has characters outside the BMP', () => {
    // Two emoji, a mathematical letter and a space before the article: four characters, seven UTF-16 units.
    const shifted = `😀😀𝐀 ${sourceText}`;
    const moved: EventsDocument = {
      ...document,
      events: document.events.map((event) => ({
        ...event,
        quotes: event.quotes.map((quote) => ({ ...quote, start: quote.start + 7, end: quote.end + 7 })),
      })),
    };
    const first = graphOf(moved, shifted).find((node) => node.type === 'Annotation')!;
    const position = first.target!.selector.find((s) => s.type === 'TextPositionSelector')!;
    expect(position.start).toBe(document.events[0]!.quotes[0]!.start + 4);
    expect(located(shifted, first.target!.selector).byPosition).toBe(document.events[0]!.quotes[0]!.text);
  });

  it('links each annotation to its event and names the source it targets', () => {
    const first = annotations[0]!;
    expect(first.body).toContain(`https://example.org/ankara#${document.events[0]!.id}`);
    expect(first.target!.source).toBe(document.source.url ?? document.source.text);
    expect(first['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  });

  it('is plain JSON', () => {
    const value = eventsToJsonLd(document, { sourceText });
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});
