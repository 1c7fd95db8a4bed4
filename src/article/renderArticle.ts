import type { TimelineEvent } from '../types.ts';
import { h } from '../dom/h.ts';

/**
 * The source text as paragraphs (blank lines apart, as in the source), each quote
 * wrapped in a <mark> that names the events quoting it. The text itself is untouched.
 * One sweep over the sorted quote boundaries: linear in the text and the quotes.
 */
export function renderArticle(
  sourceText: string,
  events: Iterable<TimelineEvent>,
  label: string,
): HTMLElement {
  const quotes: { start: number; end: number; id: string }[] = [];
  for (const event of events) {
    for (const quote of event.quotes) quotes.push({ start: quote.start, end: quote.end, id: event.id });
  }
  const cuts = new Set<number>([0, sourceText.length]);
  for (const quote of quotes) cuts.add(quote.start).add(quote.end);
  const paragraph = /\n{2,}/g;
  const breaks: [number, number][] = [];
  for (let match = paragraph.exec(sourceText); match; match = paragraph.exec(sourceText)) {
    breaks.push([match.index, match.index + match[0].length]);
    cuts.add(match.index).add(match.index + match[0].length);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const starts = [...quotes].sort((a, b) => a.start - b.start);

  // Focusable, so that keyboard users can scroll it.
  const article = h('article', {
    class: 'dt-article-text',
    lang: 'ar',
    dir: 'rtl',
    'aria-label': label,
    tabindex: 0,
  });
  let p = h('p', {});
  const open: typeof quotes = [];
  let next = 0;
  let breakIndex = 0;
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    const gap = breaks[breakIndex];
    if (gap && from === gap[0]) {
      // A blank line: close this paragraph, open the next.
      if (p.childNodes.length) article.append(p);
      p = h('p', {});
      breakIndex++;
      continue;
    }
    while (next < starts.length && starts[next]!.start <= from) open.push(starts[next++]!);
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= from) open.splice(j, 1);
    const text = sourceText.slice(from, to);
    const ids = [...new Set(open.map((q) => q.id))];
    p.append(ids.length ? h('mark', { 'data-quote-of': ids.join(' ') }, text) : text);
  }
  if (p.childNodes.length) article.append(p);
  return article;
}
