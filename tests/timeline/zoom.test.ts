import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/calendarDate.ts';
import { indexItems } from '../../src/timeline/displaySet.ts';
import type { ItemSpec } from '../../src/timeline/toTimelineItems.ts';
import {
  canZoom,
  clusterWindow,
  pannedWindow,
  revealWindow,
  zoomCenter,
  zoomedWindow,
  zoomLimits,
} from '../../src/timeline/zoom.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const limits = { min: 6 * HOUR, max: 100 * DAY };

describe('zoomLimits', () => {
  it('allows six hours at the closest and four times the story, at least a month, at the widest', () => {
    expect(zoomLimits({ start: 0, end: 2 * DAY })).toEqual({ min: 6 * HOUR, max: 31 * DAY });
    expect(zoomLimits({ start: 0, end: 100 * DAY })).toEqual({ min: 6 * HOUR, max: 400 * DAY });
  });
});

describe('zoomedWindow', () => {
  it('holds the centre where it is on screen while the window narrows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (factor, share) => {
          const window = { start: 0, end: 10 * DAY };
          const center = share * 10 * DAY;
          const zoomed = zoomedWindow(window, factor, center, limits);
          const after = (center - zoomed.start) / (zoomed.end - zoomed.start);
          expect(after).toBeCloseTo(share, 9);
        },
      ),
    );
  });

  it('stops at the zoom limits instead of going past them', () => {
    const window = { start: 0, end: 10 * DAY };
    const narrow = zoomedWindow(window, 1e-6, 5 * DAY, limits);
    expect(narrow.end - narrow.start).toBe(limits.min);
    const wide = zoomedWindow(window, 1e6, 5 * DAY, limits);
    expect(wide.end - wide.start).toBe(limits.max);
  });
});

describe('zoomCenter', () => {
  it("holds an item's moment still when it is in view, and the middle otherwise", () => {
    const window = { start: 0, end: 10 * DAY };
    expect(zoomCenter(window, 2 * DAY)).toBe(2 * DAY);
    expect(zoomCenter(window, 20 * DAY)).toBe(5 * DAY);
    expect(zoomCenter(window, NaN)).toBe(5 * DAY);
  });
});

describe('canZoom', () => {
  it('says no further in at the narrowest, and no further out at the widest', () => {
    expect(canZoom({ start: 0, end: limits.min }, limits)).toEqual({ in: false, out: true });
    expect(canZoom({ start: 0, end: limits.max }, limits)).toEqual({ in: true, out: false });
    expect(canZoom({ start: 0, end: 10 * DAY }, limits)).toEqual({ in: true, out: true });
  });
});

describe('pannedWindow', () => {
  it('moves the window by the wheel’s pixels, towards later days when reading left to right', () => {
    const window = { start: 0, end: 10 * DAY };
    expect(pannedWindow(window, 100, 1000, false)).toEqual({ start: DAY, end: 11 * DAY });
  });

  it('moves it the other way right to left, where later days are on the left', () => {
    const window = { start: 0, end: 10 * DAY };
    expect(pannedWindow(window, 100, 1000, true)).toEqual({ start: -DAY, end: 9 * DAY });
  });

  it('survives a drawing with no width', () => {
    const moved = pannedWindow({ start: 0, end: DAY }, 1, 0, false);
    expect(Number.isFinite(moved.start)).toBe(true);
  });
});

describe('clusterWindow', () => {
  it("opens a cluster's stretch of time with a quarter of it spare on each side", () => {
    expect(clusterWindow(4 * DAY, 8 * DAY)).toEqual({ start: 3 * DAY, end: 9 * DAY });
  });
});

describe('revealWindow', () => {
  const daily = (count: number): ItemSpec[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      lane: 'us',
      kind: 'point' as const,
      start: addDays({ year: 2026, month: 1, day: 1 }, i),
      hour: 12,
      tentative: false,
      order: i,
    }));

  it('centres the item without zooming in when few events are near', () => {
    const index = indexItems(daily(10));
    const window = revealWindow({ start: 0, end: 4 * DAY }, [50 * DAY, 50 * DAY], index, limits);
    expect(window).toEqual({ start: 48 * DAY, end: 52 * DAY });
  });

  it('zooms in until the item would be drawn on its own, not inside a cluster', () => {
    const specs = daily(2000);
    const index = indexItems(specs);
    const at = new Date(2026, 0, 1, 12).valueOf() + 1000 * DAY;
    const current = { start: at - 1000 * DAY, end: at + 1000 * DAY };
    const window = revealWindow(current, [at, at], index, limits);
    const width = window.end - window.start;
    expect(width).toBeLessThan(current.end - current.start);
    // At most 150 daily events within one and a half widths on each side.
    expect(3 * width).toBeLessThanOrEqual(151 * DAY);
    expect((window.start + window.end) / 2).toBe(at);
  });
});
