import type { TimelineEvent } from '../../types.ts';
import type { FindModality } from './modality.ts';
import type { ReviewFinding } from './reviewTitleQuotes.ts';

/** The kinds of modality that say a thing was being arranged or planned, not done. */
const NOT_YET = new Set(['arrangement', 'plan']);

/**
 * An event marked `occurred` whose own quote says it was being arranged or planned («تعمل على
 * ترتيب», "scheduled") claims more certainty than its words give. One finding per such quote;
 * the quotes are in the article's language (`sourceLang`).
 */
export function reviewOccurredModality(
  event: TimelineEvent,
  findModality: FindModality,
  sourceLang: 'ar' | 'en' = 'ar',
): ReviewFinding[] {
  if (event.status !== 'occurred') return [];
  const findings: ReviewFinding[] = [];
  event.quotes.forEach((quote, i) => {
    const hit = findModality(quote.text, sourceLang).find(({ kind }) => NOT_YET.has(kind));
    if (!hit) return;
    findings.push({
      path: `/quotes/${i}/text`,
      message: `says «${hit.word}» (${hit.kind}) while the event's status is "occurred": is it "planned" or "proposed"?`,
    });
  });
  return findings;
}
