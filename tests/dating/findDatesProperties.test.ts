import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCalendarDates } from '../../src/calendar/calendarDate.ts';
import { findDates } from '../../src/dating/findDates.ts';

/** Words of news text, dates and not, so that random sentences hit the parsers often. */
const WORDS = [
  'يوم',
  'السبت',
  'الأحد',
  'مساء',
  'أمس',
  'غدًا',
  'بعد',
  'قبل',
  'ذلك',
  'بيوم',
  'في',
  '14',
  '٣',
  'آذار/مارس',
  'نيسان',
  'الماضي',
  'المقبل',
  'سيصل',
  'من',
  'إلى',
  'و',
  '،',
  '.',
  'خلال',
  'أيام',
  'الأسبوع',
  'Monday',
  'next',
  'last',
  'the',
  'day',
  'before',
  'two',
  'days',
  'later',
  'will',
  'on',
  'March',
  '5',
  'from',
  'to',
  'within',
  'at',
  '10',
  'a.m.',
  '\n',
  '“',
  '”',
  'الثالث',
  'الشهر',
  'الجاري',
];

describe('findDates on any text', () => {
  it('never throws, and every phrase stands at its offsets with its days in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }),
        fc.constantFrom<'ar' | 'en'>('ar', 'en'),
        fc.boolean(),
        (words, lang, relay) => {
          const text = words.join(' ');
          for (const finding of findDates(text, {
            dateline: { year: 2026, month: 2, day: 7 },
            lang,
            relay,
          })) {
            expect(text.slice(finding.phraseStart, finding.phraseEnd)).toBe(finding.phrase);
            if (finding.end) expect(compareCalendarDates(finding.start, finding.end)).toBeLessThanOrEqual(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
