import type { TimelineEvent } from '../types.ts';
import { h } from '../card/h.ts';

/**
 * The source text as paragraphs (blank lines apart, as in the source), each quote
 * wrapped in a <mark> that names the events quoting it. The text itself is untouched.
 */
export function renderArticle(
  sourceText: string,
  events: Iterable<TimelineEvent>,
  label: string,
): HTMLElement {
  const boundaries = new Set<number>();
  const quotes: { start: number; end: number; id: string }[] = [];
  for (const event of events) {
    for (const quote of event.quotes) {
      quotes.push({ start: quote.start, end: quote.end, id: event.id });
      boundaries.add(quote.start).add(quote.end);
    }
  }
  // Focusable, so that keyboard users can scroll it.
  const article = h('article', {
    class: 'dt-article-text',
    lang: 'ar',
    dir: 'rtl',
    'aria-label': label,
    tabindex: 0,
  });
  const paragraph = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let match = paragraph.exec(sourceText); match; match = paragraph.exec(sourceText)) {
    const start = match.index;
    const end = start + match[0].length;
    const cuts = [start, ...[...boundaries].filter((b) => b > start && b < end).sort((a, b) => a - b), end];
    const p = h('p', {});
    for (let i = 0; i < cuts.length - 1; i++) {
      const [from, to] = [cuts[i]!, cuts[i + 1]!];
      const text = sourceText.slice(from, to);
      const ids = quotes.filter((q) => q.start <= from && q.end >= to).map((q) => q.id);
      p.append(ids.length ? h('mark', { 'data-quote-of': ids.join(' ') }, text) : text);
    }
    article.append(p);
  }
  return article;
}
