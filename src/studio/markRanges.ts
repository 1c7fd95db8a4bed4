import type { TimelineEventJson } from '../types.ts';

export type MarkKind = 'quote' | 'phrase' | 'current';

export interface Segment {
  start: number;
  end: number;
  /** Empty for plain text. */
  kinds: MarkKind[];
}

interface Range {
  start: number;
  end: number;
  kind: MarkKind;
}

/** Where an event's date phrase is: inside one of its quotes if it can, else its first place in the text. */
export function phraseRange(text: string, event: TimelineEventJson): { start: number; end: number } | null {
  const phrase = event.time?.phrase;
  if (!phrase) return null;
  for (const quote of event.quotes ?? []) {
    const at = text.indexOf(phrase, quote.start);
    if (at >= 0 && at + phrase.length <= quote.end) return { start: at, end: at + phrase.length };
  }
  const at = text.indexOf(phrase);
  return at < 0 ? null : { start: at, end: at + phrase.length };
}

/**
 * The article cut into pieces at every mark's edge, each with the marks over it: quotes of
 * every event, date phrases, and the current event's quotes. Marks outside the text, or
 * reversed (a document with problems), are left out rather than drawn wrong.
 */
export function markSegments(text: string, events: readonly TimelineEventJson[], current: number): Segment[] {
  const ranges: Range[] = [];
  const add = (start: number, end: number, kind: MarkKind) => {
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)
      ranges.push({ start, end, kind });
  };
  events.forEach((event, index) => {
    for (const quote of event.quotes ?? []) {
      add(quote.start, quote.end, 'quote');
      if (index === current) add(quote.start, quote.end, 'current');
    }
    const phrase = phraseRange(text, event);
    if (phrase) add(phrase.start, phrase.end, 'phrase');
  });
  const cuts = new Set([0, text.length]);
  for (const { start, end } of ranges) cuts.add(start).add(end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const kinds = [...new Set(ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.kind))];
    segments.push({ start, end, kinds });
  }
  return segments;
}
