import type { DateBasis, Problem, TimelineEvent } from '../types.ts';

/** One event on its way through the checks: what was found alone, then in context. */
export interface CheckedEvent {
  index: number;
  id: string | undefined;
  /** The event's known fields, once it matches the schema; shown only if `problems` stays empty. */
  event: TimelineEvent | undefined;
  /** What the text says of its date, kept even when another field is broken, so other events can be dated from it. */
  dating: { basis: DateBasis; start: string | undefined; end: string | undefined } | undefined;
  /** Every problem, in the order a reader fixes them; complete once the document is finished. */
  problems: Problem[];
  /**
   * A broken event whose title has no Arabic: reported with its other problems once the
   * source's language is known (only an English source may leave it out).
   */
  noArabicTitle?: true;
  /** Found on its own, held back until the actors and quotes are checked: they are listed first. */
  pending: { dates: readonly Problem[]; text: readonly Problem[] } | undefined;
}

/** No problems: one shared, never-written array instead of two new ones per event. */
export const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

export function problemFor(id: string | undefined, index: number, path: string, message: string): Problem {
  return { ...(id === undefined ? {} : { eventId: id }), eventIndex: index, path, message };
}

/** `/events/3`: built only when a problem needs it (most events have none, and there may be 100,000). */
export function eventPath(index: number): string {
  return `/events/${index}`;
}
