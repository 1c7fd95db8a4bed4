import { describe, expect, it } from 'vitest';
import { formatAxisLabel, formatDay, formatEventTime } from '../../src/format/formatDay.ts';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('formatDay', () => {
  it('writes English dates with the weekday', () => {
    expect(formatDay(day(2026, 1 /* Jan */, 31), { lang: 'en' })).toBe('Saturday 31 January 2026');
  });

  it('uses the Egyptian month names in Arabic (يناير، فبراير)', () => {
    expect(formatDay(day(2026, 1, 31), { lang: 'ar' })).toBe('السبت 31 يناير 2026');
    expect(formatDay(day(2026, 2, 1), { lang: 'ar' })).toBe('الأحد 1 فبراير 2026');
  });

  it('writes Arabic-Indic digits when asked', () => {
    expect(formatDay(day(2026, 2, 7), { lang: 'ar', arabicDigits: true })).toBe('السبت ٧ فبراير ٢٠٢٦');
  });

  it('keeps Latin digits in English even when Arabic-Indic digits are asked for', () => {
    expect(formatDay(day(2026, 2, 7), { lang: 'en', arabicDigits: true })).toBe('Saturday 7 February 2026');
  });
});

describe('formatEventTime', () => {
  it('names the part of the day', () => {
    const time = {
      start: day(2026, 1, 31),
      precision: 'part-of-day',
      partOfDay: 'evening',
      phrase: 'مساء السبت',
      rule: '…',
    } as const;
    expect(formatEventTime(time, { lang: 'en' })).toBe('Saturday 31 January 2026, evening');
    expect(formatEventTime(time, { lang: 'ar' })).toBe('السبت 31 يناير 2026، مساءً');
  });

  it('gives a range from its first to its last day, and says when there is no date', () => {
    const stay = {
      start: day(2026, 1, 30),
      end: day(2026, 1, 31),
      precision: 'multi-day',
      phrase: '…',
      rule: '…',
    } as const;
    expect(formatEventTime(stay, { lang: 'en' })).toBe('Friday 30 January 2026 – Saturday 31 January 2026');
    expect(formatEventTime({ precision: 'undated', phrase: '…', rule: '…' }, { lang: 'en' })).toBe('undated');
  });
});

describe('formatAxisLabel', () => {
  const sunday = new Date(2026, 1, 1);

  it('gives each scale its step and the row above it', () => {
    expect(formatAxisLabel(sunday, 'day', 'minor', { lang: 'en' })).toBe('1');
    expect(formatAxisLabel(sunday, 'day', 'major', { lang: 'en' })).toBe('February 2026');
    expect(formatAxisLabel(sunday, 'weekday', 'minor', { lang: 'en' })).toBe('Sun 1');
    expect(formatAxisLabel(sunday, 'week', 'minor', { lang: 'en' })).toBe('1 Feb');
    expect(formatAxisLabel(sunday, 'year', 'major', { lang: 'en' })).toBe('');
  });

  it('gives months in full in Arabic, where short forms read as cut-off words', () => {
    expect(formatAxisLabel(sunday, 'week', 'minor', { lang: 'ar' })).toBe('1 فبراير');
    expect(formatAxisLabel(new Date(2026, 0, 25), 'week', 'minor', { lang: 'ar', arabicDigits: true })).toBe(
      '٢٥ يناير',
    );
    expect(formatAxisLabel(sunday, 'no such scale', 'minor', { lang: 'ar' })).toBe('1 فبراير');
  });
});
