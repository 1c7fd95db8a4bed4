import { format } from 'date-fns';
import { arEG } from 'date-fns/locale/ar-EG';
import { enGB } from 'date-fns/locale/en-GB';
import { describe, expect, it } from 'vitest';
import { formatPattern } from '../../src/format/formatPattern.ts';

const PATTERNS = ['EEEE d MMMM yyyy', 'EEE d', 'd MMM', 'MMMM yyyy', 'HH:mm:ss', 'HH:mm', 'yyyy', 'd'];

describe('formatPattern', () => {
  // Every day of a leap year and every hour of one day: each month and weekday name, each digit count.
  const days = Array.from({ length: 366 }, (_, i) => new Date(2024, 0 /* Jan */, 1 + i, 7, 5, 9));
  const hours = Array.from({ length: 24 }, (_, h) => new Date(2026, 1 /* Feb */, 7, h, h * 2, 59 - h));

  for (const [lang, locale] of [
    ['en', enGB],
    ['ar', arEG],
  ] as const) {
    it(`writes what date-fns writes for ${lang === 'en' ? 'en-GB' : 'ar-EG'}, for every pattern the widget uses`, () => {
      for (const date of [...days, ...hours]) {
        for (const pattern of PATTERNS) {
          expect(formatPattern(date, pattern, lang), `${pattern} on ${date.toString()}`).toBe(
            format(date, pattern, { locale }),
          );
        }
      }
    });
  }

  it('leaves characters that are not tokens as they are', () => {
    expect(formatPattern(new Date(2026, 1 /* Feb */, 7), 'd – yyyy', 'en')).toBe('7 – 2026');
  });
});
