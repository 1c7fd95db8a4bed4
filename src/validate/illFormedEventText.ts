import type { TimelineEvent } from '../types.ts';
import { isWellFormed } from '../util/values.ts';

/**
 * The path (within the event) of the first of its free-text fields holding a lone surrogate,
 * if any. Only free text can: every other string of a schema-valid event is an enum value or
 * matches an ASCII pattern (ids, dates, codes). Field by field rather than a walk over every
 * value: this runs for each of 100,000 events, and a walk costs a closure and an array per
 * object. tests/validate/illFormedEventText.test.ts derives the free-text fields from the
 * schema, so a new one the schema gains fails there until it is checked here.
 */
export function illFormedEventText(event: TimelineEvent): string | undefined {
  const { title, attribution, place, time, quotes, review } = event;
  if (!isWellFormed(title.en)) return '/title/en';
  if (title.ar !== undefined && !isWellFormed(title.ar)) return '/title/ar';
  if (!isWellFormed(attribution.en)) return '/attribution/en';
  if (!isWellFormed(attribution.ar)) return '/attribution/ar';
  if (place && !isWellFormed(place.en)) return '/place/en';
  if (place && !isWellFormed(place.ar)) return '/place/ar';
  if (!isWellFormed(time.phrase)) return '/time/phrase';
  if (!isWellFormed(time.rule)) return '/time/rule';
  if (time.ruleAr !== undefined && !isWellFormed(time.ruleAr)) return '/time/ruleAr';
  for (let i = 0; i < quotes.length; i++) {
    const { text, translation } = quotes[i]!;
    if (!isWellFormed(text)) return `/quotes/${i}/text`;
    if (translation !== undefined && !isWellFormed(translation)) return `/quotes/${i}/translation`;
  }
  if (review) {
    for (let i = 0; i < review.length; i++) if (!isWellFormed(review[i]!)) return `/review/${i}`;
  }
  return undefined;
}
