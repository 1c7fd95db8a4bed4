import { describe, expect, it } from 'vitest';
import { normalizeDigits } from '../../../src/dating/normalizeDigits.ts';
import { parseExplicitDates } from '../../../src/dating/parsers/explicitDates.ts';
import { phrases } from '../helpers.ts';

describe('parseExplicitDates', () => {
  it('reads a double month name as one month, not two dates', () => {
    const text = 'التقيا في 3 نيسان/أبريل 2025 في عمّان';
    const found = parseExplicitDates(text, 'ar');
    expect(phrases(text, found)).toEqual(['3 نيسان/أبريل 2025']);
    expect(found[0]!.reading).toEqual({ kind: 'date', day: 3, month: 4, year: 2025 });
  });

  it('reads Levantine and Egyptian names written together, with the Levantine first', () => {
    const text = 'في 20 كانون الثاني/يناير';
    expect(parseExplicitDates(text, 'ar')[0]!.reading).toMatchObject({ day: 20, month: 1 });
  });

  it('reads Arabic-Indic digits once they are normalized, keeping the offsets', () => {
    const text = 'وفي ٩ آذار ٢٠٢٦ وقّع الطرفان';
    const found = parseExplicitDates(normalizeDigits(text), 'ar');
    expect(phrases(text, found)).toEqual(['٩ آذار ٢٠٢٦']);
    expect(found[0]!.reading).toEqual({ kind: 'date', day: 9, month: 3, year: 2026 });
  });

  it('reads «الماضي» after the month as the side of the report the date is on', () => {
    const found = parseExplicitDates('التقى نظيره في 14 آذار/مارس الماضي', 'ar');
    expect(found[0]!.reading).toEqual({ kind: 'date', day: 14, month: 3, direction: 'last' });
  });

  it('reads a numeric dateline day-month-year', () => {
    expect(parseExplicitDates('07 - 02 - 2026', 'ar')[0]!.reading).toEqual({
      kind: 'date',
      day: 7,
      month: 2,
      year: 2026,
    });
  });

  it('reads a range within one month in both languages', () => {
    expect(parseExplicitDates('بين 3 و5 شباط', 'ar')[0]!.reading).toMatchObject({
      day: 3,
      endDay: 5,
      month: 2,
    });
    expect(parseExplicitDates('between 3 and 5 February', 'en')[0]!.reading).toMatchObject({
      day: 3,
      endDay: 5,
      month: 2,
    });
  });

  it('reads English day-month and month-day, with "last year"', () => {
    const text = 'on 14 March and on March 15, 2025 and on March 16 last year';
    expect(parseExplicitDates(text, 'en').map((f) => f.reading)).toEqual([
      { kind: 'date', day: 14, month: 3 },
      { kind: 'date', day: 15, month: 3, year: 2025 },
      { kind: 'date', day: 16, month: 3, yearOffset: -1 },
    ]);
  });

  it('does not take the verb "may" for the month', () => {
    expect(parseExplicitDates('the talks may 3 times fail', 'en')).toEqual([]);
  });
});
