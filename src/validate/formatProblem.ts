import type { Problem } from '../types.ts';
import { quoteText } from './describeValue.ts';

/**
 * One line a person can act on: which event, which field, what is wrong.
 * `event "zamir-visit" (events[4]) › time.end: 2026-01-29 is before the start, 2026-01-30`
 */
export function formatProblem(problem: Problem): string {
  const line = formatInDocument(problem);
  return problem.document === undefined ? line : `${problem.document}: ${line}`;
}

function formatInDocument({ eventId, eventIndex, path, message }: Problem): string {
  const prefix = eventIndex === undefined ? '' : `/events/${eventIndex}`;
  const field = path.startsWith(prefix) ? path.slice(prefix.length) : path;
  const dotted = field
    .replace(/^\//, '')
    .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
    .replaceAll('/', '.');
  if (eventIndex === undefined) return `document${dotted ? ` › ${dotted}` : ''}: ${message}`;
  const who =
    eventId === undefined
      ? `event at events[${eventIndex}]`
      : `event ${quoteText(eventId)} (events[${eventIndex}])`;
  return `${who}${dotted ? ` › ${dotted}` : ''}: ${message}`;
}
