import { describe, expect, it } from 'vitest';
import { readViewProblems, unknownSelectedProblem } from '../../src/view/viewProblems.ts';

describe('readViewProblems', () => {
  it('reports each bad value naming its parameter, and keeps the rest of the view', () => {
    const { state, problems } = readViewProblems(
      'selected=Not%20an%20id&start=2026-13-01&end=2026-02-02&filter-status=occured&filter-actors=trump&search=Fidan',
    );
    expect(problems.map((problem) => problem.path).sort()).toEqual(['filter-status', 'selected', 'start']);
    expect(problems.find((problem) => problem.path === 'filter-status')?.message).toContain(
      'invalid filter-status: "occured"',
    );
    expect(state).toEqual({ filters: { actors: ['trump'] }, search: 'Fidan' });
  });

  it('reports nothing for a view whose values are all good', () => {
    const { state, problems } = readViewProblems('selected=fidan-hosts-araghchi&filter-from=2026-02-01');
    expect(problems).toEqual([]);
    expect(state.selected).toBe('fidan-hosts-araghchi');
    expect(state.filters.from).toEqual({ year: 2026, month: 2, day: 1 });
  });
});

describe('unknownSelectedProblem', () => {
  it('names the selected parameter and the id no event has', () => {
    expect(unknownSelectedProblem('nope')).toEqual({
      path: 'selected',
      message: 'invalid selected: "nope" (no event has this id)',
    });
  });
});
