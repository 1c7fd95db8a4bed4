import type { Problem, TimelineEvent } from '../../types.ts';
import { findLocalModality } from './localModality.ts';
import type { FindModality } from './modality.ts';
import { reviewOccurredModality } from './reviewOccurredModality.ts';
import { reviewTitleQuotes } from './reviewTitleQuotes.ts';

/**
 * Adds to `notes` the review notes of one valid event (`index` in the document's `events`):
 * things a careful reader would question, which leave the event shown. `sourceLang`: the
 * article's language, which its quotes are in (the document's `source.language`).
 */
export function reviewEvent(
  event: TimelineEvent,
  index: number,
  notes: Problem[],
  sourceLang = 'ar',
  findModality: FindModality = findLocalModality,
): void {
  const findings = reviewTitleQuotes(event);
  const modal = reviewOccurredModality(event, findModality, sourceLang === 'en' ? 'en' : 'ar');
  for (const { path, message } of findings.length === 0 ? modal : [...findings, ...modal]) {
    notes.push({
      eventId: event.id,
      eventIndex: index,
      path: `/events/${index}${path}`,
      message,
      severity: 'review',
    });
  }
}
