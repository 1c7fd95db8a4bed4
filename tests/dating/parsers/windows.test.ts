import { describe, expect, it } from 'vitest';
import { parseWindows } from '../../../src/dating/parsers/windows.ts';

const read = (text: string, lang: 'ar' | 'en') =>
  parseWindows(text, lang).map((f) => [text.slice(f.start, f.end), f.reading]);

describe('parseWindows', () => {
  it('reads Arabic windows', () => {
    expect(read('خلال أيام', 'ar')).toEqual([['خلال أيام', { kind: 'window', window: 'within-days' }]]);
    expect(read('في وقت لاحق من هذا الأسبوع', 'ar')[0]![1]).toEqual({
      kind: 'window',
      window: 'later-this-week',
    });
    expect(read('الاسبوع المقبل', 'ar')[0]![1]).toEqual({ kind: 'window', window: 'next-week' });
    expect(read('مطلع الشهر المقبل', 'ar')[0]![1]).toEqual({
      kind: 'window',
      window: 'next-month',
      part: 'early',
    });
    expect(read('أواخر آذار/مارس', 'ar')[0]![1]).toEqual({ kind: 'month', month: 3, part: 'late' });
  });

  it('reads English windows', () => {
    expect(read('within days', 'en')[0]![1]).toEqual({ kind: 'window', window: 'within-days' });
    expect(read('later this week', 'en')[0]![1]).toEqual({ kind: 'window', window: 'later-this-week' });
    expect(read('early next month', 'en')[0]![1]).toEqual({
      kind: 'window',
      window: 'next-month',
      part: 'early',
    });
    expect(read('in late March', 'en')[0]![1]).toEqual({ kind: 'month', month: 3, part: 'late' });
  });
});

describe('parseWindows on "later this month"', () => {
  it('reads it as the rest of the month, not its last days', () => {
    expect(read('later this month', 'en')[0]![1]).toEqual({ kind: 'window', window: 'later-this-month' });
    expect(read('في وقت لاحق من هذا الشهر', 'ar')[0]![1]).toEqual({
      kind: 'window',
      window: 'later-this-month',
    });
  });
});
