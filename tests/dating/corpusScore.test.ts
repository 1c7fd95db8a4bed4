import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../scripts/scoreCorpus.ts';

describe('the date engine on the corpus of tests/fixtures/articles', () => {
  const scores = scoreCorpus();
  const total = scores.reduce(
    (sum, { score }) => ({
      found: sum.found + score.found,
      expected: sum.expected + score.expected,
      matched: sum.matched + score.matched,
    }),
    { found: 0, expected: 0, matched: 0 },
  );

  it('holds at least 8 articles, 4 Arabic and 3 English', () => {
    expect(scores.filter(({ name }) => name.endsWith('.ar.txt')).length).toBeGreaterThanOrEqual(4);
    expect(scores.filter(({ name }) => name.endsWith('.en.txt')).length).toBeGreaterThanOrEqual(3);
  });

  it('finds dates with at least 95% precision and 95% recall', () => {
    const misses = scores.flatMap(({ name, score }) => score.misses.map((miss) => `${name}: ${miss}`));
    expect({
      precision: total.matched / total.found >= 0.95,
      recall: total.matched / total.expected >= 0.95,
      misses,
    }).toMatchObject({
      precision: true,
      recall: true,
    });
  });
});
