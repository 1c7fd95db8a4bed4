/**
 * The date engine's second opinion on every stored date: it reads the whole article
 * (findDates, with the dateline and the relay flag), then each event's phrase is looked up
 * where it stands (its offsets, or its place in the event's quotes) and the days the engine
 * gives it compared with the stored ones. Not part of validateDocument's own imports: the
 * engine is large, and the element does without it (see ValidateOptions.recheckDates).
 *
 * A disagreement is a review note, not an error: the engine reads about 95 of 100 dates
 * as a person would, so when it differs it is as likely to be the one that is wrong, and
 * an event dated by a careful reader must not vanish from the timeline on its word. A date
 * with a `basis` is checked strictly, as an error, by checkDatesAgainstText.
 */
import { formatCalendarDate } from '../calendar/calendarDate.ts';
import { findDates } from '../dating/findDates.ts';
import type { DateFinding } from '../dating/types.ts';
import type { Problem, RecheckDates, TimelineEvent } from '../types.ts';
import { isEnglish } from './checkSourceLanguage.ts';

export const recheckPhraseDates: RecheckDates = (events, { sourceText, dateline, language, relay }) => {
  const lang = isEnglish(language)
    ? 'en'
    : language === 'ar' || language.startsWith('ar-')
      ? 'ar'
      : undefined;
  if (lang === undefined) return [];
  const findings = findDates(sourceText, { dateline, lang, relay }).filter((f) => !f.isDateline);
  const notes: Problem[] = [];
  for (const { event, index } of events) {
    const { start, end } = event.time;
    if (start === undefined) continue;
    const at = phraseAt(event, sourceText);
    const finding = at && bestOverlap(findings, at);
    if (!finding) continue;
    const stored = [formatCalendarDate(start), end ? formatCalendarDate(end) : undefined];
    const read = [
      formatCalendarDate(finding.start),
      finding.end ? formatCalendarDate(finding.end) : undefined,
    ];
    if (stored[0] === read[0] && stored[1] === read[1]) continue;
    notes.push({
      eventId: event.id,
      eventIndex: index,
      path: `/events/${index}/time/${stored[0] === read[0] ? 'end' : 'start'}`,
      message: `is ${stored.filter(Boolean).join(' to ')}, but the date engine reads «${finding.phrase}» as ${read.filter(Boolean).join(' to ')} (${finding.rule}): check which is right`,
      severity: 'review',
    });
  }
  return notes;
};

/** Where the event's phrase stands in the text: its offsets, else its first place in a quote. */
function phraseAt(event: TimelineEvent, text: string): [number, number] | undefined {
  const { phrase, phraseStart, phraseEnd } = event.time;
  if (phraseStart !== undefined && phraseEnd !== undefined) return [phraseStart, phraseEnd];
  for (const quote of event.quotes) {
    const found = quote.text.indexOf(phrase);
    if (found !== -1 && text.slice(quote.start, quote.end) === quote.text)
      return [quote.start + found, quote.start + found + phrase.length];
  }
  return undefined;
}

/** The finding that shares the most of [start, end), if any shares some. */
function bestOverlap(
  findings: readonly DateFinding[],
  [start, end]: [number, number],
): DateFinding | undefined {
  let best: DateFinding | undefined;
  let most = 0;
  for (const finding of findings) {
    const shared = Math.min(end, finding.phraseEnd) - Math.max(start, finding.phraseStart);
    if (shared > most) [best, most] = [finding, shared];
  }
  return best;
}
