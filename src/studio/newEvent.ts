import type { TimelineEventJson } from '../types.ts';
import { uniqueId } from './slug.ts';

/** A new event from a stretch of the article: its first quote is that stretch, verbatim; the rest is for a person to fill in. */
export function newEvent(
  span: { start: number; end: number; text: string },
  events: readonly TimelineEventJson[],
): TimelineEventJson {
  const id = uniqueId(`event-${events.length + 1}`, new Set(events.map((event) => event.id)));
  return {
    id,
    title: { en: '', ar: '' },
    status: 'occurred',
    type: 'CONSULT',
    participants: [],
    attribution: { en: '', ar: '' },
    time: { precision: 'undated', phrase: '', rule: '' },
    quotes: [{ text: span.text, start: span.start, end: span.end, translation: '' }],
  };
}
