import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/calendar/calendarDate.ts';
import { fromDayNumber, toLocalDate } from '../../src/calendar/calendarDate.ts';
import { daysOfWindow, windowOfDays } from '../../src/timeline/visibleDays.ts';

const HOUR = 3_600_000;
const day = (text: string): CalendarDate => {
  const [year, month, dayOfMonth] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
};
/** Any day of 1990–2060, and a span after it. */
const days = fc
  .tuple(fc.integer({ min: 7305, max: 32872 }), fc.integer({ min: 0, max: 400 }))
  .map(([first, span]) => ({ first: fromDayNumber(first), last: fromDayNumber(first + span) }));

describe('windowOfDays', () => {
  it('runs from the first day’s local midnight to the midnight after the last', () => {
    const window = windowOfDays({ first: day('2026-01-26'), last: day('2026-01-31') });
    expect(new Date(window.start)).toEqual(new Date(2026, 0, 26));
    expect(new Date(window.end)).toEqual(new Date(2026, 1, 1));
  });
});

describe('daysOfWindow', () => {
  it('gives back the days a window was made of, in the viewer’s time zone, DST days included', () => {
    fc.assert(
      fc.property(days, (shown) => {
        expect(daysOfWindow(windowOfDays(shown))).toEqual(shown);
      }),
    );
  });

  it('names the days a window mostly shows, not the hour it starts or ends in', () => {
    const start = toLocalDate(day('2026-01-25'), 23).valueOf();
    const end = toLocalDate(day('2026-01-28'), 1).valueOf();
    expect(daysOfWindow({ start, end })).toEqual({ first: day('2026-01-26'), last: day('2026-01-27') });
  });

  it('names one day for a window shorter than a day', () => {
    const start = toLocalDate(day('2026-03-05'), 9).valueOf();
    const shown = daysOfWindow({ start, end: start + 6 * HOUR });
    expect(shown).toEqual({ first: day('2026-03-05'), last: day('2026-03-05') });
  });
});
