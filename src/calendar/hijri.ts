/**
 * Days of the Hijri calendar as calendar dates, through the platform's own Umm al-Qura
 * calendar (ICU's `islamic-umalqura`, in every browser and in Node): the one Saudi Arabia
 * publishes. Countries that begin a month when the new moon is sighted may be a day off it,
 * so a date read this way says so in its rule.
 */
import type { CalendarDate } from './calendarDate.ts';
import { dayNumber, fromDayNumber } from './calendarDate.ts';

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

/** Made at first use: the first Intl object loads the engine's locale data. */
let format: Intl.DateTimeFormat | null | undefined;

function umalqura(): Intl.DateTimeFormat | null {
  if (format === undefined) {
    const made = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    // A platform without the calendar falls back to the Gregorian one: then there is none.
    format = made.resolvedOptions().calendar === 'islamic-umalqura' ? made : null;
  }
  return format;
}

/** The Hijri day a calendar day is, or undefined where the platform has no Umm al-Qura calendar. */
export function toHijri({ year, month, day }: CalendarDate): HijriDate | undefined {
  const formatter = umalqura();
  if (!formatter) return undefined;
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * The calendar day a Hijri day is, or undefined when it has no such day (the 30th of a month
 * of 29 days) or the platform no calendar. The arithmetic (tabular) calendar gives a first
 * guess, within two days of Umm al-Qura's; the days around it are then asked.
 */
export function fromHijri({ year, month, day }: HijriDate): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const julianDay =
    day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1_948_439;
  const guess = julianDay - 2_440_588 + dayNumber({ year: 1970, month: 1, day: 1 });
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const candidate = fromDayNumber(guess + shift);
    const hijri = toHijri(candidate);
    if (!hijri) return undefined;
    if (hijri.year === year && hijri.month === month && hijri.day === day) return candidate;
  }
  return undefined;
}

/** Days in a Hijri month, by Umm al-Qura (29 or 30), or undefined without the calendar. */
export function hijriMonthLength(year: number, month: number): number | undefined {
  if (fromHijri({ year, month, day: 1 }) === undefined) return undefined;
  return fromHijri({ year, month, day: 30 }) === undefined ? 29 : 30;
}
