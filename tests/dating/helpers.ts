import type { CalendarDate } from '../../src/calendar/calendarDate.ts';
import { formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import { findDates } from '../../src/dating/findDates.ts';
import type { Found, Lang } from '../../src/dating/types.ts';

export const day = (year: number, month: number, d: number): CalendarDate => ({ year, month, day: d });

/** Each finding as "phrase → start[..end] precision[ partOfDay]", for tests that read as the text does. */
export function datesOf(text: string, dateline: CalendarDate, lang: Lang, relay = false): string[] {
  return findDates(text, { dateline, lang, relay }).map(
    (f) =>
      `${f.phrase} → ${formatCalendarDate(f.start)}${f.end ? `..${formatCalendarDate(f.end)}` : ''} ${f.precision}${f.partOfDay ? ` ${f.partOfDay}` : ''}`,
  );
}

/** The phrases a parser found, cut from the text by their offsets. */
export function phrases(text: string, found: Found[]): string[] {
  return found.map((item) => text.slice(item.start, item.end));
}
