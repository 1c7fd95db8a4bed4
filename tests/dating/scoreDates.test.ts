import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dating/findDates.ts';
import { scoreDates } from '../../src/dating/scoreDates.ts';
import { day } from './helpers.ts';

describe('scoreDates', () => {
  const text = 'التقيا يوم الاثنين، واتصل به أمس.';
  const findings = findDates(text, { dateline: day(2026, 2, 11), lang: 'ar' });

  it('counts a found date as right only when its days and precision are the expected ones', () => {
    const score = scoreDates(
      text,
      [
        { phrase: 'يوم الاثنين', start: '2026-02-09', precision: 'day' },
        { phrase: 'أمس', start: '2026-02-09', precision: 'day' },
      ],
      findings,
    );
    expect([score.found, score.expected, score.matched]).toEqual([2, 2, 1]);
    expect(score.misses).toEqual(['«أمس»: expected 2026-02-09 day, found 2026-02-10 day']);
  });

  it('reports a found date that nobody expected', () => {
    const score = scoreDates(
      text,
      [{ phrase: 'يوم الاثنين', start: '2026-02-09', precision: 'day' }],
      findings,
    );
    expect(score.misses).toEqual(['«أمس»: found 2026-02-10 day, not expected']);
  });
});
