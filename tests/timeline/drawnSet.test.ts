import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/calendarDate.ts';
import type { Cluster, DisplaySet } from '../../src/timeline/displaySet.ts';
import { DrawnSet } from '../../src/timeline/drawnSet.ts';
import type { ItemSpec } from '../../src/timeline/toTimelineItems.ts';
import { visId } from '../../src/timeline/visItems.ts';

const spec = (id: string, day = 0): ItemSpec => ({
  id,
  lane: 'us',
  kind: 'point',
  start: addDays({ year: 2026, month: 1, day: 1 }, day),
  hour: 12,
  tentative: false,
  order: day,
});

const cluster = (id: string): Cluster => ({ id, lane: 'us', startMs: 0, endMs: 1, count: 2 });

const set = (items: ItemSpec[], clusters: Cluster[] = []): DisplaySet => ({
  items,
  clusters,
  coverStart: 0,
  coverEnd: 1,
  binMs: 0,
});

describe('DrawnSet', () => {
  it('gives the drawing every event and cluster of the first set', () => {
    const drawn = new DrawnSet(set([spec('a'), spec('b')], [cluster('c1')]));
    expect(drawn.initialItems().map((item) => item.id)).toEqual([visId('a'), visId('b'), 'c1']);
    expect([...drawn.events]).toEqual(['a', 'b']);
    expect([...drawn.clusters.keys()]).toEqual(['c1']);
  });

  it('removes only what left and adds only what came, keeping what stays', () => {
    const drawn = new DrawnSet(set([spec('a'), spec('b')], [cluster('c1')]));
    const change = drawn.update(set([spec('b'), spec('c')], [cluster('c2')]));
    expect(change.remove).toEqual([visId('a'), 'c1']);
    expect(change.add.map((item) => item.id)).toEqual([visId('c'), 'c2']);
    expect([...drawn.events]).toEqual(['b', 'c']);
    expect([...drawn.clusters.keys()]).toEqual(['c2']);
  });

  it('changes nothing when the same set is shown again', () => {
    const first = set([spec('a')], [cluster('c1')]);
    const drawn = new DrawnSet(first);
    const next = set([spec('a')], [cluster('c1')]);
    expect(drawn.update(next)).toEqual({ remove: [], add: [] });
    expect(drawn.shown).toBe(next);
  });

  it('tells an event whose id looks like a cluster id from the cluster', () => {
    // Event ids are prefixed in the drawing; cluster ids are not.
    const drawn = new DrawnSet(set([spec('x')], [cluster('x-cluster')]));
    expect(drawn.update(set([])).remove).toEqual([visId('x'), 'x-cluster']);
  });
});
