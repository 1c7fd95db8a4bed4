import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reach } from '../../src/timeline/fitWindow.ts';
import { fitWindow } from '../../src/timeline/fitWindow.ts';

const DAY = 86_400_000;
const days = { start: 0, end: 10 * DAY };

/** Where reach `r` is drawn in window `w`, `width` pixels wide, with `pad` pixels to spare. */
function drawn(r: Reach, w: { start: number; end: number }, width: number, pad = 0): [number, number] {
  const k = (w.end - w.start) / width;
  return [r.from - (r.before + pad) * k, Math.max(r.to + pad * k, r.from + (r.after + pad) * k)];
}

const box = (day: number, halfWidth: number): Reach => ({
  from: day * DAY,
  to: day * DAY,
  before: halfWidth,
  after: halfWidth,
});

describe('fitWindow', () => {
  it('keeps the days when nothing reaches past them', () => {
    expect(fitWindow(days, [], 500)).toEqual(days);
    expect(fitWindow(days, [box(5, 20)], 500)).toEqual(days);
  });

  it('widens the window just enough for a box centred on the first day', () => {
    // 100 pixels of box, half of it before day 0: the window must start 50 of its own pixels earlier.
    const fitted = fitWindow(days, [box(0, 50)], 1000)!;
    expect(fitted.end).toBe(days.end);
    const [left] = drawn(box(0, 50), fitted, 1000);
    expect(left).toBeCloseTo(fitted.start, 3);
    // 1000 pixels for span s, 50 of them before day 0: s = 10 days / (1 - 50/1000).
    expect(fitted.end - fitted.start).toBeCloseTo((10 * DAY) / 0.95, 0);
  });

  it("makes room for a range's card when its days are fewer than its words", () => {
    const range: Reach = { from: 9 * DAY, to: 10 * DAY, before: 0, after: 200 };
    const fitted = fitWindow(days, [range], 400)!;
    expect(fitted.start).toBe(days.start);
    expect(drawn(range, fitted, 400)[1]).toBeCloseTo(fitted.end, 3);
  });

  it('leaves the pad at both ends', () => {
    const fitted = fitWindow(days, [box(0, 30), box(10, 30)], 600, 8)!;
    const k = (fitted.end - fitted.start) / 600;
    expect((0 - 30 * k - fitted.start) / k).toBeCloseTo(8, 6);
    expect((fitted.end - (10 * DAY + 30 * k)) / k).toBeCloseTo(8, 6);
  });

  it('gives no window when two boxes are wider than the drawing', () => {
    expect(fitWindow(days, [box(0, 150), box(10, 150)], 300)).toBeUndefined();
    expect(fitWindow(days, [box(0, 150), box(10, 149)], 300)).toBeDefined();
    expect(fitWindow(days, [box(0, 10)], 0)).toBeUndefined();
  });

  it('holds every reach and no more, for any items that can fit', () => {
    const reach = fc
      .record({
        from: fc.integer({ min: -5 * DAY, max: 15 * DAY }),
        length: fc.integer({ min: 0, max: 3 * DAY }),
        before: fc.integer({ min: 0, max: 120 }),
        after: fc.integer({ min: 0, max: 240 }),
      })
      .map(({ from, length, before, after }) => ({ from, to: from + length, before, after }));
    fc.assert(
      fc.property(fc.array(reach, { maxLength: 30 }), fc.integer({ min: 0, max: 12 }), (reaches, pad) => {
        const width = 1000;
        // At most 120 + 240 + 2·12 pixels bind: always fewer than 1000, so it must fit.
        const fitted = fitWindow(days, reaches, width, pad)!;
        expect(fitted).toBeDefined();
        const ends = reaches.map((r) => drawn(r, fitted, width, pad));
        const slack = (fitted.end - fitted.start) * 1e-9;
        expect(fitted.start).toBeLessThanOrEqual(days.start);
        expect(fitted.end).toBeGreaterThanOrEqual(days.end);
        for (const [left, right] of ends) {
          expect(left).toBeGreaterThanOrEqual(fitted.start - slack);
          expect(right).toBeLessThanOrEqual(fitted.end + slack);
        }
        // No wider than needed: something touches each end.
        const lefts = [days.start, ...ends.map(([left]) => left)];
        const rights = [days.end, ...ends.map(([, right]) => right)];
        expect(Math.min(...lefts)).toBeCloseTo(fitted.start, -1);
        expect(Math.max(...rights)).toBeCloseTo(fitted.end, -1);
      }),
    );
  });
});
