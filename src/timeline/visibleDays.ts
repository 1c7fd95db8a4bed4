import type { CalendarDate } from '../calendar/calendarDate.ts';
import { addDays, fromLocalDate, toLocalDate } from '../calendar/calendarDate.ts';
import type { TimeWindow } from './zoom.ts';

/** Calendar days, the last included. */
export interface VisibleDays {
  first: CalendarDate;
  last: CalendarDate;
}

/** Half a day in milliseconds: which days a window mostly shows. */
const HALF_DAY = 12 * 60 * 60 * 1000;

/** The window (local milliseconds) that shows these days whole: from the first's midnight to the midnight after the last. */
export function windowOfDays({ first, last }: VisibleDays): TimeWindow {
  return { start: toLocalDate(first, 0).valueOf(), end: toLocalDate(addDays(last, 1), 0).valueOf() };
}

/**
 * The days mostly in a window: a window from 23:00 does not name the day that is ending, nor
 * one that ends at 01:00 the day just begun. Never an empty range: a window under a day names
 * the day it mostly shows.
 */
export function daysOfWindow({ start, end }: TimeWindow): VisibleDays {
  const first = fromLocalDate(new Date(start + HALF_DAY));
  const last = fromLocalDate(new Date(Math.max(start + HALF_DAY, end - HALF_DAY)));
  return { first, last };
}
