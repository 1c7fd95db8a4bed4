/**
 * The day an article prints as its own, read from its first lines, for a person who has
 * not typed it yet: a dateline line («الدوحة - 12 آذار/مارس 2026», "MUSCAT, February 11,
 * 2026", «07 - 02 - 2026»), a byline's date ("By Staff | April 15, 2026") or a wire lede's
 * ("LONDON, Feb. 3, 2026 (Reuters) -"). Only a date with its year: a day without one is not
 * enough to date a report. A date inside a sentence is an event's, not the report's.
 */
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { normalizeDigits } from './normalizeDigits.ts';
import { parseExplicitDates } from './parsers/explicitDates.ts';
import { real } from './resolveWindow.ts';
import { headLines } from './splitText.ts';
import { isLedeDate } from './wireLede.ts';
import type { Lang } from './types.ts';

export interface ReadDateline {
  dateline: CalendarDate;
  /** The words it was read from, verbatim. */
  phrase: string;
}

/** Lines looked at: a headline, a byline and a dateline come before the story. */
const HEAD_LINES = 4;

export function readDateline(text: string, lang: Lang): ReadDateline | undefined {
  for (const { line, start } of headLines(text, HEAD_LINES)) {
    for (const found of parseExplicitDates(normalizeDigits(line), lang)) {
      const { reading } = found;
      if (reading.kind !== 'date' || reading.year === undefined || reading.monthOffset !== undefined)
        continue;
      const before = line.slice(0, found.start);
      const after = line.slice(found.end);
      // On a line of its own with a place or a byline, or a wire lede's.
      const alone = words(before) + words(after) <= 5 && !/[.!?؟]\s*$/u.test(line);
      if (!alone && !isLedeDate(before, after)) continue;
      const dateline = real(reading.year, reading.month, reading.day);
      if (dateline) return { dateline, phrase: text.slice(start + found.start, start + found.end) };
    }
  }
  return undefined;
}

function words(text: string): number {
  return text.split(/[\s|,،·•-]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
