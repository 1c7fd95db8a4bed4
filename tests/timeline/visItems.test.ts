import { describe, expect, it } from 'vitest';
import { toLocalDate } from '../../src/calendar/calendarDate.ts';
import type { ItemSpec } from '../../src/timeline/toTimelineItems.ts';
import {
  DATELINE_ID,
  eventIdOf,
  toVisCluster,
  toVisDateline,
  toVisItem,
  visId,
} from '../../src/timeline/visItems.ts';

const point: ItemSpec = {
  id: 'talks',
  lane: 'iran',
  kind: 'point',
  start: { year: 2026, month: 2, day: 28 },
  hour: 15,
  tentative: false,
  order: 0,
};

describe('visId and eventIdOf', () => {
  it('give an event id back from its drawn id, even one named after an object property', () => {
    for (const id of ['talks', 'constructor', 'prototype', '__proto__']) {
      expect(visId(id)).not.toBe(id);
      expect(eventIdOf(visId(id))).toBe(id);
    }
  });

  it('say a cluster or the dateline is no event', () => {
    expect(eventIdOf(DATELINE_ID)).toBeUndefined();
    expect(eventIdOf('cluster:iran:86400000:3:12:5')).toBeUndefined();
    expect(eventIdOf(7)).toBeUndefined();
  });
});

describe('toVisItem', () => {
  it('draws a point as a box at its local hour, in its lane, with no content of its own', () => {
    expect(toVisItem(point)).toEqual({
      id: visId('talks'),
      group: 'iran',
      type: 'box',
      start: toLocalDate(point.start, 15),
      content: '',
      className: 'dt-item dt-kind-point',
    });
  });

  it('draws a range from the local midnight of its first day to that of the day after its last', () => {
    const range: ItemSpec = {
      ...point,
      kind: 'range',
      endExclusive: { year: 2026, month: 3, day: 3 },
      tentative: true,
    };
    const item = toVisItem(range);
    expect(item.type).toBe('range');
    expect(item.start).toEqual(toLocalDate(range.start, 0));
    expect(item.end).toEqual(toLocalDate({ year: 2026, month: 3, day: 3 }, 0));
    expect(item.className).toBe('dt-item dt-kind-range dt-tentative');
  });
});

describe('toVisCluster', () => {
  it('draws a cluster as a range over its stretch of time, under its own id', () => {
    const cluster = { id: 'cluster:us:1:2:3:4', lane: 'us', startMs: 1000, endMs: 5000, count: 3 };
    expect(toVisCluster(cluster)).toMatchObject({
      id: cluster.id,
      group: 'us',
      type: 'range',
      start: new Date(1000),
      end: new Date(5000),
      className: 'dt-cluster',
    });
  });
});

describe('toVisDateline', () => {
  it("covers the dateline's whole local day, behind every lane", () => {
    const item = toVisDateline({ year: 2026, month: 12, day: 31 });
    expect(item.id).toBe(DATELINE_ID);
    expect(item.type).toBe('background');
    expect(item).not.toHaveProperty('group');
    expect(item.start).toEqual(new Date(2026, 11 /* Dec */, 31));
    expect(item.end).toEqual(new Date(2027, 0 /* Jan */, 1));
  });
});
