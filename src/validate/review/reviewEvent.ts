import type { FindModality, Problem, TimelineEvent } from '../../types.ts';
import { reviewDraftNotes } from './reviewDraftNotes.ts';
import { reviewOccurredModality } from './reviewOccurredModality.ts';
import { reviewTitleQuotes } from './reviewTitleQuotes.ts';

/**
 * Adds to `notes` the review notes of one valid event (`index` in the document's `events`):
 * things a careful reader would question, which leave the event shown. `sourceLang`: the
 * article's language, which its quotes are in (the document's `source.language`). Without
 * `findModality` (the element, which does not carry the date engine's lexicon), the rule
 * that needs it is left out.
 */
export function reviewEvent(
  event: TimelineEvent,
  index: number,
  notes: Problem[],
  sourceLang = 'ar',
  findModality?: FindModality,
): void {
  const findings = reviewDraftNotes(event);
  for (const finding of reviewTitleQuotes(event)) findings.push(finding);
  if (findModality)
    for (const finding of reviewOccurredModality(
      event,
      findModality,
      sourceLang.startsWith('en') ? 'en' : 'ar',
    ))
      findings.push(finding);
  for (const { path, message } of findings) {
    notes.push({
      eventId: event.id,
      eventIndex: index,
      path: `/events/${index}${path}`,
      message,
      severity: 'review',
    });
  }
}
