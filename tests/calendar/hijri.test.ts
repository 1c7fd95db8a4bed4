import { describe, expect, it } from 'vitest';
import { addDays, formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import { fromHijri, hijriMonthLength, toHijri } from '../../src/calendar/hijri.ts';

const iso = (date: ReturnType<typeof fromHijri>) => (date ? formatCalendarDate(date) : undefined);

describe('the Hijri calendar (Umm al-Qura)', () => {
  it('gives the published days: the start of Ramadan 1447, Eid al-Fitr 1447, Eid al-Adha 1446', () => {
    expect(iso(fromHijri({ year: 1447, month: 9, day: 1 }))).toBe('2026-02-18');
    expect(iso(fromHijri({ year: 1447, month: 10, day: 1 }))).toBe('2026-03-20');
    expect(iso(fromHijri({ year: 1446, month: 12, day: 10 }))).toBe('2025-06-06');
    expect(toHijri({ year: 2026, month: 3, day: 12 })).toEqual({ year: 1447, month: 9, day: 23 });
  });

  it('goes there and back for every day of four years', () => {
    let day = { year: 2024, month: 1, day: 1 };
    const wrong: string[] = [];
    for (let i = 0; i < 4 * 366; i++) {
      const back = fromHijri(toHijri(day)!);
      if (!back || formatCalendarDate(back) !== formatCalendarDate(day)) wrong.push(formatCalendarDate(day));
      day = addDays(day, 1);
    }
    expect(wrong).toEqual([]);
  });

  it('has no 30th in a month of 29 days, and no 13th month', () => {
    const short = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => hijriMonthLength(1447, m) === 29)!;
    expect(short).toBeDefined();
    expect(fromHijri({ year: 1447, month: short, day: 30 })).toBeUndefined();
    expect(fromHijri({ year: 1447, month: 13, day: 1 })).toBeUndefined();
  });
});
