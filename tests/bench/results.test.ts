import { describe, expect, it } from 'vitest';
import type { LoadOutcome } from '../../bench/load.ts';
import type { Settled } from '../../bench/probe.ts';
import { summarize } from '../../bench/results.ts';

function load(settled: Partial<Settled>): LoadOutcome {
  return {
    status: 'ok',
    sample: {
      settled: { ttfr: 800, readyAt: 780, items: 84, longestTask: 0, steps: {}, changes: [780], ...settled },
      heapBytes: 20e6,
      domNodes: 700,
      assets: [],
    },
  };
}

describe('the first-render figures of a contender', () => {
  it("split at the page's own parse: until it, and from it to the first render", () => {
    const figures = summarize({
      outcomes: [
        load({ ttfr: 800, parsedAt: 500 }),
        load({ ttfr: 900, parsedAt: 520 }),
        load({ ttfr: 700, parsedAt: 480 }),
      ],
    });
    expect(figures.metrics.parsedAt?.median).toBe(500);
    expect(figures.metrics.afterParse).toMatchObject({ median: 300, min: 220, max: 380 });
  });

  it('leave the split out where the timeline fetched the document itself', () => {
    const figures = summarize({ outcomes: [load({ ttfr: 800 }), load({ ttfr: 900 })] });
    expect(figures.metrics.ttfr?.median).toBeGreaterThan(0);
    expect(figures.metrics.parsedAt).toBeUndefined();
    expect(figures.metrics.afterParse).toBeUndefined();
  });
});
