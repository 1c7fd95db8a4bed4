import { describe, expect, it } from 'vitest';
import type { FindOutcome, FindSample } from '../../bench/find.ts';
import { FILTER_STEPS } from '../../bench/find.ts';
import {
  FIND_ROWS,
  findSection,
  findTargetValue,
  findValues,
  summarizeFind,
} from '../../bench/findReport.ts';
import type { LoadOutcome } from '../../bench/load.ts';

function sample(overrides: Partial<FindSample> = {}): FindSample {
  return {
    indexMs: 500,
    indexLongest: 60,
    searchMs: 230,
    matches: 3000,
    walkMs: 150,
    searchLongest: 90,
    searchLongTasks: 2,
    filters: [
      { drawnMs: 70, quietMs: 90, summary: '7,000 of 10,000 shown' },
      { drawnMs: 80, quietMs: 400, summary: '450 of 10,000 shown' },
      { drawnMs: 30, quietMs: 50, summary: '10,000 events' },
    ],
    filterLongest: 120,
    filterLongTasks: 3,
    ...overrides,
  };
}

function load(find: FindOutcome | undefined): LoadOutcome {
  return {
    status: 'ok',
    sample: {
      settled: { ttfr: 1000, readyAt: 900, items: 80, longestTask: 0, steps: {}, changes: [] },
      heapBytes: 1e7,
      domNodes: 2000,
      assets: [],
      ...(find ? { find } : {}),
    },
  };
}

const ok = (overrides: Partial<FindSample> = {}): LoadOutcome =>
  load({ status: 'ok', sample: sample(overrides) });

describe('findValues', () => {
  it('takes the longest of the index, searching and filtering as the longest task of the load', () => {
    expect(findValues(sample({ indexLongest: 250 })).longest).toBe(250);
    expect(findValues(sample({ searchLongest: 300 })).longest).toBe(300);
    expect(findValues(sample()).longest).toBe(120);
  });

  it('keys each filter step by its place and keeps the slowest wait for the drawing to stay put', () => {
    const values = findValues(sample());
    expect([values.filter0, values.filter1, values.filter2]).toEqual([70, 80, 30]);
    expect(values.filterQuiet).toBe(400);
  });

  it('leaves the walk out when nothing matched', () => {
    const { walkMs, ...rest } = sample();
    expect(walkMs).toBe(150);
    expect(findValues({ ...rest, matches: 0 }).walkMs).toBeUndefined();
  });

  it('leaves the filter figures out when no filter step was recorded', () => {
    const values = findValues(sample({ filters: [] }));
    expect(values.filter0).toBeUndefined();
    expect(values.filterQuiet).toBeUndefined();
  });
});

describe('summarizeFind', () => {
  it('gives the median and the range over the loads that finished the step', () => {
    const found = summarizeFind([
      ok({ indexLongest: 50 }),
      ok({ indexLongest: 150 }),
      ok({ indexLongest: 70 }),
    ]);
    expect(found.metrics.indexLongest).toEqual({ median: 70, min: 50, max: 150, n: 3 });
    expect(found.measured).toBe(3);
  });

  it('counts timeouts and failures apart, and skips loads that did not try', () => {
    const found = summarizeFind([
      ok(),
      load({ status: 'timeout' }),
      load({ status: 'failed', message: 'no <diplomatic-timeline> in the page' }),
      load(undefined),
      { status: 'error', message: 'crashed' },
    ]);
    expect(found.measured).toBe(1);
    expect(found.timeouts).toBe(1);
    expect(found.failures).toEqual(['no <diplomatic-timeline> in the page']);
    expect(found.metrics.searchMs?.n).toBe(1);
  });

  it('keeps the count lines of the first load that measured the filters', () => {
    expect(summarizeFind([load({ status: 'timeout' }), ok()]).summaries).toEqual([
      '7,000 of 10,000 shown',
      '450 of 10,000 shown',
      '10,000 events',
    ]);
  });
});

describe('findTargetValue', () => {
  const figures = (longest: number) => summarizeFind([ok({ filterLongest: longest })]);

  it('shows the archive and the one document beside it, and is met only when both are', () => {
    const result = findTargetValue(figures(150), figures(900), 'one 96 MB document');
    expect(result?.met).toBe(false);
    expect(result?.value).toMatch(
      /^archive: 150 ms \(index 60, search 90, filter 150\); one 96 MB document: 900 ms/,
    );
    expect(findTargetValue(figures(150), figures(190), 'one 96 MB document')?.met).toBe(true);
  });

  it('fails the target when the longest task is over 200 ms', () => {
    expect(findTargetValue(figures(201), undefined, 'one document')?.met).toBe(false);
  });

  it('judges the document when no archive was measured, and says so', () => {
    const result = findTargetValue(undefined, figures(100), 'one document');
    expect(result).toEqual({
      value: 'one document: 100 ms (index 60, search 90, filter 100) (no archive in this run)',
      met: true,
    });
  });

  it('has no value when neither was measured', () => {
    expect(findTargetValue(summarizeFind([]), undefined, 'one document')).toBeUndefined();
  });
});

describe('findSection', () => {
  it('has a row for every figure, a column for every data set that tried, and the count lines', () => {
    const lines = findSection([
      { title: '10,000', outcomes: [ok(), ok({ walkMs: 250 })] },
      { title: 'the article', outcomes: [load(undefined)] },
    ]);
    expect(lines[0]).toBe('| ms, median (min–max) | 10,000 |');
    expect(lines.filter((line) => line.startsWith('| ')).length).toBe(2 + FIND_ROWS.length + 1);
    expect(lines).toContain(
      '| Enter → the first match active on screen (ms; — when nothing matched) | 200 (150–250) |',
    );
    expect(lines.find((line) => line.startsWith('- 10,000: the count line read'))).toContain(
      '"7,000 of 10,000 shown", then "450 of 10,000 shown"',
    );
    expect(FIND_ROWS.filter(({ key }) => key.startsWith('filter') && /\d$/.test(key))).toHaveLength(
      FILTER_STEPS.length,
    );
  });

  it('gives a range only where the loads differed', () => {
    const lines = findSection([{ title: '10,000', outcomes: [ok(), ok({ walkMs: 250 })] }]);
    expect(lines).toContain('| Matches for «envoy» | 3,000 |');
  });

  it('names the failures of a data set', () => {
    const lines = findSection([
      { title: 'archive of 100,000', outcomes: [load({ status: 'failed', message: 'boom' })] },
    ]);
    expect(lines).toContain('- archive of 100,000: failed: boom');
  });

  it('says it was not measured when no data set tried', () => {
    expect(findSection([{ title: 'the article', outcomes: [load(undefined)] }])[0]).toMatch(/^Not measured/);
  });
});
