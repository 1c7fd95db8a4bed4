import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_GROUPS } from '../../src/filter/filters.ts';
import type { ViewState } from '../../src/view/viewState.ts';
import { fromSearchParams, readViewState, toSearchParams, ViewStateError } from '../../src/view/viewState.ts';

const day = (year: number, month: number, dayOfMonth: number) => ({ year, month, day: dayOfMonth });

const full: ViewState = {
  selected: 'fidan-hosts-araghchi',
  window: { start: day(2026, 1, 30), end: day(2026, 2, 2) },
  search: 'عراقجي & "Fidan"',
  filters: {
    actors: ['trump', 'araghchi'],
    status: ['occurred'],
    from: day(2026, 1, 1),
    to: day(2026, 3, 1),
  },
};

describe('toSearchParams', () => {
  it('writes the keys the element and embed.html already read, in a fixed order', () => {
    expect([...toSearchParams(full).keys()]).toEqual([
      'selected',
      'start',
      'end',
      'search',
      'filter-actors',
      'filter-status',
      'filter-from',
      'filter-to',
    ]);
    expect(toSearchParams(full).get('start')).toBe('2026-01-30');
  });

  it('writes nothing for the default view', () => {
    expect(toSearchParams({ filters: {} }).toString()).toBe('');
  });
});

describe('fromSearchParams', () => {
  it('reads back exactly the state it was given, through a URL string', () => {
    expect(fromSearchParams(new URLSearchParams(toSearchParams(full).toString()))).toEqual(full);
  });

  it('round-trips any state it can write', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/);
    const calendarDay = fc.record({
      year: fc.integer({ min: 1, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    });
    const state = fc.record(
      {
        selected: slug,
        window: fc
          .tuple(calendarDay, calendarDay)
          .map(([a, b]) =>
            a.year * 400 + a.month * 31 + a.day <= b.year * 400 + b.month * 31 + b.day
              ? { start: a, end: b }
              : { start: b, end: a },
          ),
        search: fc.string({ minLength: 1, maxLength: 40 }),
        filters: fc.record(
          {
            lanes: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
            actors: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
            status: fc.uniqueArray(fc.constantFrom(...STATUS_GROUPS), { minLength: 1 }),
            from: calendarDay.filter((d) => d.year < 5000),
            to: calendarDay.filter((d) => d.year >= 5000),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['filters'] },
    );
    fc.assert(
      fc.property(state, (view) => {
        const read = fromSearchParams(new URLSearchParams(toSearchParams(view).toString()));
        expect(read).toEqual(view);
      }),
    );
  });

  it('ignores keys it does not know, such as the page’s own', () => {
    expect(fromSearchParams(new URLSearchParams('utm_source=x&src=events.json&selected=a-b'))).toEqual({
      selected: 'a-b',
      filters: {},
    });
  });

  it('reads a prefixed state and only that one, for several timelines on a page', () => {
    const params = toSearchParams(full, { prefix: 'b.' });
    params.set('selected', 'other');
    expect(fromSearchParams(params, { prefix: 'b.' })).toEqual(full);
  });

  it('rejects bad values with an error naming each, and keeps the good ones when read leniently', () => {
    const params = new URLSearchParams(
      'selected=<b>&start=2026-02-30&end=2026-03-01&filter-status=x&search=ok',
    );
    const { state, errors } = readViewState(params);
    expect(state).toEqual({ search: 'ok', filters: {} });
    expect(errors.map((error) => error.key)).toEqual(['filter-status', 'selected', 'start']);
    expect(errors.every((error) => error instanceof ViewStateError && error.name === 'ViewStateError')).toBe(
      true,
    );
    expect(() => fromSearchParams(params)).toThrow(
      /^invalid filter-status: "x".*; invalid selected: "<b>".*; invalid start: "2026-02-30"/,
    );
  });

  it('rejects a window with one end only, or that ends before it starts', () => {
    expect(readViewState(new URLSearchParams('start=2026-02-01')).errors[0]!.message).toBe(
      'invalid end: missing (a window needs both start and end)',
    );
    expect(readViewState(new URLSearchParams('start=2026-02-02&end=2026-02-01')).errors[0]!.key).toBe('end');
  });

  it('rejects a search longer than anyone types', () => {
    expect(readViewState(new URLSearchParams({ search: 'x'.repeat(201) })).errors[0]!.key).toBe('search');
  });
});
