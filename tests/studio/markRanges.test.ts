import { describe, expect, it } from 'vitest';
import { markSegments, phraseRange } from '../../src/studio/markRanges.ts';
import type { TimelineEventJson } from '../../src/types.ts';

const text = 'On Friday Fidan hosted Araghchi. On Saturday Sisi called.';
const event = (quoteStart: number, quoteEnd: number, phrase: string): TimelineEventJson => ({
  id: 'e',
  title: { en: 't', ar: 't' },
  status: 'occurred',
  type: 'CONSULT',
  participants: [],
  attribution: { en: 'a', ar: 'a' },
  time: { precision: 'day', phrase, rule: 'r' },
  quotes: [{ text: text.slice(quoteStart, quoteEnd), start: quoteStart, end: quoteEnd, translation: 'x' }],
});

describe('markSegments', () => {
  it('covers the whole text, in order, with nothing added', () => {
    const segments = markSegments(text, [event(0, 32, 'On Friday')], 0);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('marks the quote, the date phrase inside it, and the current event', () => {
    const segments = markSegments(text, [event(0, 32, 'Friday')], 0);
    const friday = segments.find((s) => text.slice(s.start, s.end) === 'Friday');
    expect(friday?.kinds.sort()).toEqual(['current', 'phrase', 'quote']);
    expect(segments.at(-1)?.kinds).toEqual([]);
  });

  it('leaves out a quote whose offsets fall outside the text', () => {
    const broken = { ...event(0, 5, ''), quotes: [{ text: 'x', start: 50, end: 500, translation: 'x' }] };
    expect(markSegments(text, [broken], -1)).toEqual([{ start: 0, end: text.length, kinds: [] }]);
  });
});

describe('phraseRange', () => {
  it('prefers the phrase inside the event’s own quote to an earlier place in the text', () => {
    const later = event(33, 57, 'On');
    expect(phraseRange(text, later)).toEqual({ start: 33, end: 35 });
  });
});
