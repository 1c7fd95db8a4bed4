import type { FindModality, TimelineEvent } from '../../types.ts';
import type { ReviewFinding } from './reviewTitleQuotes.ts';

/**
 * An event marked `occurred` whose own quote says it was being arranged or planned («تعمل على
 * ترتيب», "is scheduled to") claims more certainty than its words give. One finding per such
 * quote; the quotes are in the article's language (`sourceLang`). `findModality` is the date
 * engine's lexicon (src/dating/modality.ts), injected: see ValidateOptions.findModality.
 */
export function reviewOccurredModality(
  event: TimelineEvent,
  findModality: FindModality,
  sourceLang: 'ar' | 'en' = 'ar',
): ReviewFinding[] {
  if (event.status !== 'occurred') return [];
  const findings: ReviewFinding[] = [];
  event.quotes.forEach((quote, i) => {
    const cue = findModality(quote.text, sourceLang);
    if (!cue) return;
    findings.push({
      path: `/quotes/${i}/text`,
      message: `says «${cue.cue}» (${cue.status}) while the event's status is "occurred": is it "planned" or "proposed"?`,
    });
  });
  return findings;
}
