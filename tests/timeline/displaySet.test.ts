import { describe, expect, it } from 'vitest';
import { addDays, toLocalDate } from '../../src/calendar/calendarDate.ts';
import { countBetween, displaySet, extentOf, indexItems } from '../../src/timeline/displaySet.ts';
import type { ItemSpec } from '../../src/timeline/toTimelineItems.ts';

const DAY = 24 * 60 * 60 * 1000;
const start = { year: 2026, month: 1, day: 1 };

/** `count` one-day points, one a day from 1 January 2026, in lane `lane`. */
function daily(count: number, lane = 'us', from = 0): ItemSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${lane}-${from + i}`,
    lane,
    kind: 'point' as const,
    start: addDays(start, from + i),
    hour: 12,
    tentative: false,
    order: from + i,
  }));
}

const at = (days: number) => toLocalDate(addDays(start, days), 0).valueOf();

describe('displaySet', () => {
  it('draws every item one by one when few are near the window', () => {
    const set = displaySet(indexItems(daily(12)), at(0), at(12), 1000);
    expect(set.clusters).toEqual([]);
    expect(set.items.map((item) => item.id)).toHaveLength(12);
  });

  it('clusters a dense lane into counted bins, losing no event', () => {
    const specs = [...daily(3000, 'us'), ...daily(3000, 'iran')];
    const set = displaySet(indexItems(specs), at(0), at(3000), 1000);
    expect(set.clusters.length).toBeGreaterThan(0);
    const counted = set.items.length + set.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
    expect(counted).toBe(6000);
    expect(new Set(set.clusters.map((cluster) => cluster.lane))).toEqual(new Set(['us', 'iran']));
  });

  it('covers one window-width on each side, and no more', () => {
    const set = displaySet(indexItems(daily(100)), at(40), at(50), 1000);
    const ids = set.items.map((item) => item.id);
    // Window: days 40–50 (midnight to midnight); cover: days 30–60. Points sit at noon.
    expect(ids).toContain('us-30');
    expect(ids).toContain('us-59');
    expect(ids).not.toContain('us-29');
    expect(ids).not.toContain('us-60');
  });

  it('keeps cluster ids stable while panning at one zoom', () => {
    const index = indexItems(daily(5000));
    const a = displaySet(index, at(1000), at(2000), 800);
    const b = displaySet(index, at(1000) + 3 * DAY, at(2000) + 3 * DAY, 800);
    const shared = a.clusters.filter((cluster) => b.clusters.some((other) => other.id === cluster.id));
    expect(shared.length).toBeGreaterThan(a.clusters.length / 2);
  });

  it('keeps the same clusters when a scrollbar takes a few pixels, and bins follow the zoom in steps', () => {
    const index = indexItems(daily(5000));
    const ids = (from: number, to: number, width: number) =>
      displaySet(index, at(from), at(to), width).clusters.map((cluster) => cluster.id);
    const wide = ids(1000, 2000, 1280);
    expect(wide.length).toBeGreaterThan(10);
    // 15 pixels narrower: every mark the same, so nothing is drawn again.
    expect(ids(1000, 2000, 1265)).toEqual(wide);
    // A step of the zoom (here 2.5% in) keeps the bins, so most marks.
    const zoomed = ids(1012, 1988, 1280);
    expect(zoomed.filter((id) => wide.includes(id)).length).toBeGreaterThan(zoomed.length * 0.8);
    // On screen a bin stays between 1 and 1.41 times its 96 pixels, at any zoom.
    for (const days of [365, 1000, 3000]) {
      const { binMs } = displaySet(index, at(0), at(days), 1000);
      const px = binMs / ((days * DAY) / 1000);
      expect(px).toBeGreaterThanOrEqual(96);
      expect(px).toBeLessThan(96 * Math.SQRT2 + 1);
    }
  });

  it('never gives one cluster id to marks of different extent or count: the timeline keeps marks by id', () => {
    // Points on every other day, two lanes: bins of different widths hold different counts.
    const specs = [...daily(4000, 'us'), ...daily(4000, 'iran')].filter((_, i) => i % 2 === 0);
    const index = indexItems(specs);
    const seen = new Map<string, string>();
    // The same window at other widths (a scrollbar, a resized page) and at other zooms.
    for (const [from, to, width] of [
      [0, 4000, 1118],
      [0, 4000, 1103],
      [0, 4000, 1000],
      [0, 3900, 1118],
      [500, 1500, 800],
      [500, 1400, 800],
    ] as const) {
      for (const { id, startMs, endMs, count } of displaySet(index, at(from), at(to), width).clusters) {
        const mark = `${startMs}–${endMs}: ${count}`;
        expect(seen.get(id) ?? mark, id).toBe(mark);
        seen.set(id, mark);
      }
    }
    expect(seen.size).toBeGreaterThan(0);
  });

  it('finds a multi-day range that began before the covered span', () => {
    const long: ItemSpec = {
      id: 'long',
      lane: 'us',
      kind: 'range',
      start,
      endExclusive: addDays(start, 60),
      hour: 12,
      tentative: false,
      order: 0,
    };
    const set = displaySet(indexItems([long]), at(40), at(45), 1000);
    expect(set.items.map((item) => item.id)).toEqual(['long']);
    expect(countBetween(indexItems([long]), at(40), at(45))).toBe(1);
  });

  it('indexes each lane by start, whatever order the items come in, each extent with its item', () => {
    // Reversed, and a range beginning at midnight after a point at noon on its first day.
    const points = daily(50, 'us').reverse();
    const range: ItemSpec = {
      ...points[10]!,
      id: 'range',
      kind: 'range',
      endExclusive: addDays(points[10]!.start, 3),
    };
    const iran = daily(5, 'iran');
    const index = indexItems([points[0]!, range, ...points.slice(1), ...iran]);
    expect([...index.keys()].sort()).toEqual(['iran', 'us']);
    for (const lane of index.values()) {
      for (let i = 0; i < lane.specs.length; i++) {
        expect([lane.starts[i], lane.ends[i]]).toEqual(extentOf(lane.specs[i]!));
        if (i > 0) expect(lane.starts[i]).toBeGreaterThanOrEqual(lane.starts[i - 1]!);
      }
    }
    const us = index.get('us')!;
    expect(us.specs).toHaveLength(51);
    // The range starts at midnight, before the point at noon of the same day.
    const first = us.specs.findIndex((spec) => spec.id === 'range');
    expect(us.specs[first + 1]!.start).toEqual(range.start);
    expect(us.longest).toBe(at(3) - at(0));
    expect(index.get('iran')!.specs.map((spec) => spec.id)).toEqual(iran.map((spec) => spec.id));
  });
});
