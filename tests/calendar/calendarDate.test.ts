import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  formatCalendarDate,
  fromDayNumber,
  fromLocalDate,
  latestWeekdayOnOrBefore,
  parseCalendarDate,
  toLocalDate,
  weekdayOf,
} from '../../src/calendar/calendarDate.ts';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('parseCalendarDate', () => {
  it('reads YYYY-MM-DD as a calendar day', () => {
    expect(parseCalendarDate('2026-01-31')).toEqual(day(2026, 1 /* Jan */, 31));
  });

  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '0000-01-01', '2025-02-29'])(
    'rejects %s, which is not a real day',
    (text) => expect(parseCalendarDate(text)).toBeNull(),
  );

  it.each(['01/31/2026', '', '+275760-09-14', '2026-1-31', '2026-01-31T00:00:00Z', ' 2026-01-31'])(
    'rejects %j, which is not written YYYY-MM-DD',
    (text) => expect(parseCalendarDate(text)).toBeNull(),
  );

  it('accepts 29 February in leap years only', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual(day(2024, 2, 29));
    expect(parseCalendarDate('2000-02-29')).toEqual(day(2000, 2, 29));
    expect(parseCalendarDate('1900-02-29')).toBeNull();
  });
});

describe('toLocalDate', () => {
  it(`lands on the same calendar day in the viewer's zone (${process.env.TZ ?? 'system zone'})`, () => {
    const date = toLocalDate(day(2026, 1, 31));
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 0 /* Jan */, 31]);
  });

  it('round-trips through fromLocalDate for every day of a year, across DST changes', () => {
    let current = day(2026, 1, 1);
    for (let i = 0; i < 366; i++) {
      expect(fromLocalDate(toLocalDate(current))).toEqual(current);
      current = addDays(current, 1);
    }
    expect(current).toEqual(day(2027, 1, 2));
  });

  it('keeps years before 100 as written', () => {
    expect(toLocalDate(day(12, 3, 4)).getFullYear()).toBe(12);
  });
});

describe('addDays and daysBetween', () => {
  it('cross month and year boundaries', () => {
    expect(addDays(day(2026, 1, 31), 1)).toEqual(day(2026, 2, 1));
    expect(addDays(day(2026, 1, 1), -1)).toEqual(day(2025, 12, 31));
    expect(daysBetween(day(2026, 2, 7), day(2026, 1, 30))).toBe(8);
  });
});

describe('dayNumber', () => {
  it('counts days from 1 January 1970, negative before it', () => {
    expect(dayNumber(day(1970, 1, 1))).toBe(0);
    expect(dayNumber(day(1969, 12, 31))).toBe(-1);
    expect(dayNumber(day(2026, 2, 7))).toBe(20_491);
  });

  it('agrees with addDays and round-trips through fromDayNumber, years before 100 included', () => {
    for (const start of [day(2026, 1, 25), day(2024, 2, 27), day(1994, 12, 29), day(45, 2, 27)]) {
      for (let offset = -400; offset <= 400; offset += 7) {
        const later = addDays(start, offset);
        expect(dayNumber(later) - dayNumber(start)).toBe(offset);
        expect(fromDayNumber(dayNumber(later))).toEqual(later);
      }
    }
  });
});

describe('weekdays', () => {
  it('knows 7 February 2026 is a Saturday', () => {
    expect(weekdayOf(day(2026, 2, 7))).toBe(6);
  });

  it('returns the same day when it already falls on the weekday', () => {
    expect(latestWeekdayOnOrBefore(day(2026, 2, 7), 6)).toEqual(day(2026, 2, 7));
  });

  it('returns the Sunday before a Saturday', () => {
    expect(latestWeekdayOnOrBefore(day(2026, 2, 7), 0)).toEqual(day(2026, 2, 1));
  });
});

describe('formatCalendarDate', () => {
  it('pads to YYYY-MM-DD', () => {
    expect(formatCalendarDate(day(33, 2, 3))).toBe('0033-02-03');
  });
});

describe('calendar arithmetic in a zone that skipped a day', () => {
  // Pacific/Kiritimati jumped from UTC−10 to UTC+14 and has no 31 December 1994.
  it('steps from 30 to 31 December 1994 and knows that day was a Saturday', () => {
    expect(addDays(day(1994, 12, 30), 1)).toEqual(day(1994, 12, 31));
    expect(weekdayOf(day(1994, 12, 31))).toBe(6);
    expect(daysBetween(day(1995, 1, 1), day(1994, 12, 30))).toBe(2);
  });
});
