import { describe, expect, it } from 'vitest';
import type { Lane } from '../../src/timeline/lanes.ts';
import { navigate } from '../../src/timeline/navigate.ts';
import type { ItemSpec } from '../../src/timeline/toTimelineItems.ts';

const lane = (id: string): Lane => ({ id, label: { en: id, ar: id }, countries: [] });
/** Top to bottom, as the timeline draws them. */
const LANES = [lane('us'), lane('mediators'), lane('iran')];

/** A point on 2026-01-`day` at `hour`, in `laneId`; `order` is filled in by `inTimeOrder`. */
function point(id: string, laneId: string, day: number, hour = 12): ItemSpec {
  return {
    id,
    lane: laneId,
    kind: 'point',
    start: { year: 2026, month: 1 /* Jan */, day },
    hour,
    tentative: false,
    order: 0,
  };
}

const inTimeOrder = (items: ItemSpec[]) => items.map((item, order) => ({ ...item, order }));

// us:        a(5)          d(9)
// mediators:       b(6)          e(10)
// iran:      c(5, evening)                f(20)
const ITEMS = inTimeOrder([
  point('a', 'us', 5),
  point('c', 'iran', 5, 19),
  point('b', 'mediators', 6),
  point('d', 'us', 9),
  point('e', 'mediators', 10),
  point('f', 'iran', 20),
]);

describe('navigate', () => {
  it('finds nothing to move to when there are no items', () => {
    expect(navigate([], LANES, undefined, 'later')).toBeUndefined();
    expect(navigate([], LANES, 'a', 'first')).toBeUndefined();
  });

  it('moves to the next and the previous event in time order', () => {
    expect(navigate(ITEMS, LANES, 'c', 'later')).toBe('b');
    expect(navigate(ITEMS, LANES, 'b', 'earlier')).toBe('c');
  });

  it('stays on the last event when moving later, and on the first when moving earlier', () => {
    expect(navigate(ITEMS, LANES, 'f', 'later')).toBe('f');
    expect(navigate(ITEMS, LANES, 'a', 'earlier')).toBe('a');
  });

  it('goes to the first and the last event in time order, wherever it is', () => {
    expect(navigate(ITEMS, LANES, 'e', 'first')).toBe('a');
    expect(navigate(ITEMS, LANES, 'b', 'last')).toBe('f');
  });

  it('starts at the first event when nothing is selected, for any move but "last"', () => {
    for (const move of ['later', 'earlier', 'lane-up', 'lane-down', 'first'] as const)
      expect(navigate(ITEMS, LANES, undefined, move)).toBe('a');
    expect(navigate(ITEMS, LANES, undefined, 'last')).toBe('f');
  });

  it('starts at the first event when the selected one is not among the items', () => {
    expect(navigate(ITEMS, LANES, 'gone', 'later')).toBe('a');
    expect(navigate(ITEMS, LANES, 'gone', 'last')).toBe('f');
  });

  it('moves down to the event nearest in time in the lane below', () => {
    expect(navigate(ITEMS, LANES, 'd', 'lane-down')).toBe('e');
    expect(navigate(ITEMS, LANES, 'a', 'lane-down')).toBe('b');
  });

  it('moves up to the event nearest in time in the lane above', () => {
    expect(navigate(ITEMS, LANES, 'e', 'lane-up')).toBe('d');
    expect(navigate(ITEMS, LANES, 'f', 'lane-up')).toBe('e');
  });

  it('counts the hour of the day when choosing the nearest event', () => {
    // From b (6 January, noon), c (5 January, 19:00) is 17 hours away, f 14 days.
    expect(navigate(ITEMS, LANES, 'b', 'lane-down')).toBe('c');
    const late = inTimeOrder([
      point('m', 'mediators', 5, 22),
      point('u1', 'us', 5, 9),
      point('u2', 'us', 6, 9),
    ]);
    // From 22:00 on the 5th, 09:00 on the 6th is 11 hours away, 09:00 on the 5th 13.
    expect(navigate(late, LANES, 'm', 'lane-up')).toBe('u2');
  });

  it('takes the earlier of two events equally near', () => {
    const tied = inTimeOrder([point('u1', 'us', 4), point('m', 'mediators', 5), point('u2', 'us', 6)]);
    expect(navigate(tied, LANES, 'm', 'lane-up')).toBe('u1');
  });

  it('skips a lane with no events', () => {
    const skipping = inTimeOrder([point('u', 'us', 5), point('i', 'iran', 7)]);
    expect(navigate(skipping, LANES, 'u', 'lane-down')).toBe('i');
    expect(navigate(skipping, LANES, 'i', 'lane-up')).toBe('u');
  });

  it('stays on the event when no lane beyond it in that direction has any', () => {
    expect(navigate(ITEMS, LANES, 'a', 'lane-up')).toBe('a');
    expect(navigate(ITEMS, LANES, 'f', 'lane-down')).toBe('f');
  });
});
