import { describe, expect, it } from 'vitest';
import { parseWeekdays } from '../../../src/dating/parsers/weekdays.ts';
import { phrases } from '../helpers.ts';

describe('parseWeekdays', () => {
  it('reads «يوم السبت», a bare «الأحد» and a part of the day before a weekday', () => {
    const text = 'وزار طهران يوم السبت، وألقى خطابًا الأحد، وتحدث مساء الاثنين';
    const found = parseWeekdays(text, 'ar');
    expect(phrases(text, found)).toEqual(['يوم السبت', 'الأحد', 'مساء الاثنين']);
    expect(found.map((f) => [f.reading, f.partOfDay])).toEqual([
      [{ kind: 'weekday', weekday: 6 }, undefined],
      [{ kind: 'weekday', weekday: 0 }, undefined],
      [{ kind: 'weekday', weekday: 1 }, 'evening'],
    ]);
  });

  it('reads «يومي الجمعة والسبت» as a stay from one weekday to the next', () => {
    expect(parseWeekdays('واشنطن يومي الجمعة والسبت', 'ar')[0]!.reading).toEqual({
      kind: 'weekday',
      weekday: 5,
      endWeekday: 6,
    });
  });

  it('reads «المقبلة» and «الماضي» as the direction', () => {
    const found = parseWeekdays('الجمعة المقبلة والأحد الماضي', 'ar');
    expect(found.map((f) => f.reading)).toEqual([
      { kind: 'weekday', weekday: 5, direction: 'next' },
      { kind: 'weekday', weekday: 0, direction: 'last' },
    ]);
  });

  it('does not read «الثلاث» (three) as Tuesday', () => {
    expect(parseWeekdays('وتسعى الدول الثلاث', 'ar')).toEqual([]);
  });

  it('reads English weekdays with next, last, a part of the day and a range', () => {
    const text = 'on Saturday evening, last Friday, next Monday, from Friday to Sunday';
    expect(phrases(text, parseWeekdays(text, 'en'))).toEqual([
      'Saturday evening',
      'last Friday',
      'next Monday',
      'from Friday to Sunday',
    ]);
  });
});

describe('parseWeekdays with a dual direction word', () => {
  it('reads «يومي الخميس والجمعة المقبلين» as the coming Thursday and Friday', () => {
    expect(parseWeekdays('ويجتمع يومي الخميس والجمعة المقبلين', 'ar')[0]!.reading).toEqual({
      kind: 'weekday',
      weekday: 4,
      endWeekday: 5,
      direction: 'next',
    });
  });
});
