import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as addDaysToDate, differenceInCalendarDays, getDay } from 'date-fns';

/**
 * A day on the calendar, with no time and no time zone. Events in a news report
 * happen on days; a `Date` is an instant, and `new Date("2026-01-31")` is UTC
 * midnight, which is still 30 January west of Greenwich.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** 0 = Sunday … 6 = Saturday, as `Date#getDay` and date-fns count. */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The events format's weekday names, at their `WeekdayIndex`. */
export const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** Parses `YYYY-MM-DD` into a real calendar date, or returns null (2026-02-30, 2026-13-01, year 0). */
export function parseCalendarDate(text: string): CalendarDate | null {
  // Digits read one by one, not by a regular expression: this runs twice per event.
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The number written by the ASCII digits text[from, to), or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  // Pure arithmetic: no Date, so no time zone can move it.
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The one place a calendar date becomes a `Date`: local noon of that day, so the
 * viewer's time zone (and a DST jump at midnight) cannot move it to another day.
 */
export function toLocalDate({ year, month, day }: CalendarDate, hours = 12): Date {
  const date = new Date(year, month - 1, day, hours);
  // Years 1–99 would otherwise be read as 1901–1999.
  if (year < 100) date.setFullYear(year);
  return date;
}

/** The calendar day a local `Date` falls on, in the viewer's own time zone. */
export function fromLocalDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * Calendar arithmetic happens in UTC, where every day exists: a local zone may skip a
 * whole day (Pacific/Kiritimati has no 31 December 1994), and local arithmetic there
 * would step from the 30th to 1 January.
 */
function toUtc({ year, month, day }: CalendarDate): Date {
  const date = new UTCDateMini(Date.UTC(year, month - 1, day));
  if (year < 100) date.setUTCFullYear(year);
  return date;
}

function fromUtc(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(addDaysToDate(toUtc(date), days));
}

/**
 * Days since 1970-01-01 (negative before): a plain number to sort and index by. Pure
 * integer arithmetic on the proleptic Gregorian calendar (Howard Hinnant's
 * days_from_civil), with no `Date` at all, because it runs once per event.
 */
export function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date `dayNumber` numbers (Hinnant's civil_from_days). */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `a - b` in whole days. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return differenceInCalendarDays(toUtc(a), toUtc(b));
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function weekdayOf(date: CalendarDate): WeekdayIndex {
  return getDay(toUtc(date)) as WeekdayIndex;
}

/** The latest date on or before `date` that falls on `weekday`. */
export function latestWeekdayOnOrBefore(date: CalendarDate, weekday: WeekdayIndex): CalendarDate {
  return addDays(date, -((weekdayOf(date) - weekday + 7) % 7));
}
