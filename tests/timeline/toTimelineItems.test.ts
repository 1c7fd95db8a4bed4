import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../bench/generate.ts';
import { compareCalendarDates, formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import { DEFAULT_LANES } from '../../src/timeline/lanes.ts';
import type { ItemSpec } from '../../src/timeline/toTimelineItems.ts';
import { sortByKeyThenId, toTimelineItems } from '../../src/timeline/toTimelineItems.ts';
import type { EventsDocument } from '../../src/types.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';

function validated(json: unknown, sourceText: string): EventsDocument {
  const { document, problems } = validateDocument(json, { sourceText });
  expect(problems).toEqual([]);
  return document!;
}

const article = validated(
  JSON.parse(readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8')),
  readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url), 'utf8'),
);

const laneRank = (id: string) => DEFAULT_LANES.findIndex((lane) => lane.id === id);

/** The order the timeline promises, written the slow and obvious way. */
function inTimeOrder(a: ItemSpec, b: ItemSpec): number {
  return (
    compareCalendarDates(a.start, b.start) ||
    a.hour - b.hour ||
    laneRank(a.lane) - laneRank(b.lane) ||
    (a.id < b.id ? -1 : 1)
  );
}

describe('toTimelineItems', () => {
  it("places the article's events on their days, in time order, with undated ones apart", () => {
    const model = toTimelineItems(article);
    const days = model.items.map((item) => `${formatCalendarDate(item.start)} ${item.hour} ${item.id}`);
    expect(days[0]).toMatch(/^2026-01-30 /);
    expect(days.at(-1)).toMatch(/^2026-02-02 12 ankara-meeting-proposed$/);
    expect(model.items.map((item) => item.order)).toEqual(model.items.map((_, i) => i));
    expect([...model.undated].sort()).toEqual(
      article.events
        .filter((event) => !event.time.start)
        .map((event) => event.id)
        .sort(),
    );
  });

  it('ends ranges the day after their last day, and marks windows and proposals as tentative', () => {
    const ankara = toTimelineItems(article).items.find((item) => item.id === 'ankara-meeting-proposed')!;
    expect(ankara.kind).toBe('range');
    expect(formatCalendarDate(ankara.endExclusive!)).toBe('2026-02-08');
    expect(ankara.tentative).toBe(true);
  });

  it('sorts 5,000 generated events by day, part of day, lane and id', () => {
    const { document, sourceText } = generateDocument(5_000, 7);
    const items = toTimelineItems(validated(document, sourceText)).items;
    expect(items.map((item) => item.id)).toEqual([...items].sort(inTimeOrder).map((item) => item.id));
    // The generated days span years and every part of the day, so the order is not trivially the input's.
    expect(items.map((item) => item.id)).not.toEqual(items.map((item) => item.id).sort());
  });
});

describe('sortByKeyThenId', () => {
  const item = (id: string) => ({ id }) as ItemSpec;
  const ids = (items: ItemSpec[]) => items.map((one) => one.id);

  it('orders by key, and equal keys by id', () => {
    const items = ['d', 'c', 'b', 'a', 'e'].map(item);
    const keys = Float64Array.from([5, -3, 5, 7, -3]);
    expect(ids(sortByKeyThenId(items, keys))).toEqual(['c', 'e', 'b', 'd', 'a']);
  });

  it('gives the order of a plain comparator sort, with runs of ties short and long', () => {
    const entries = fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.string({ maxLength: 3 })), {
      maxLength: 80,
    });
    fc.assert(
      fc.property(entries, (pairs) => {
        const items = pairs.map(([, id]) => item(id));
        const keys = Float64Array.from(pairs, ([key]) => key);
        const expected = pairs
          .map(([key, id], i) => ({ key, id, i }))
          .sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.i - b.i))
          .map(({ i }) => items[i]!);
        const sorted = sortByKeyThenId(items, keys);
        expect(ids(sorted)).toEqual(ids(expected));
        expect(new Set(sorted).size).toBe(items.length);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same order when the keys are too far apart to pack into one number', () => {
    const items = ['d', 'c', 'b', 'a', 'e'].map(item);
    const keys = Float64Array.from([2 ** 52, -3, 2 ** 52, 2 ** 53, -3]);
    expect(ids(sortByKeyThenId(items, keys))).toEqual(['c', 'e', 'b', 'd', 'a']);
  });
});
