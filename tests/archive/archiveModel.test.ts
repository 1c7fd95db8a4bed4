import { describe, expect, it } from 'vitest';
import type { Archive, ArchiveIndexJson } from '../../src/archive/archive.ts';
import { entryOf, hasDay } from '../../src/archive/archive.ts';
import { archiveModelSteps } from '../../src/archive/archiveModel.ts';
import type { Lane } from '../../src/timeline/lanes.ts';
import { DEFAULT_LANES } from '../../src/timeline/lanes.ts';
import { toTimelineItems } from '../../src/timeline/toTimelineItems.ts';
import type { EventsDocument, TimelineEvent } from '../../src/types.ts';
import { drain } from '../../src/util/turns.ts';
import { generated } from './badArchives.ts';
import { check, checkedPart } from './placements.ts';

const archive = check(structuredClone(generated.archive)).archive!;
const model = (of: Archive = archive, events: ReadonlyMap<string, TimelineEvent> = new Map()) =>
  drain(archiveModelSteps(of, events));

/** Every part's events, checked, as one document with the archive's actors: what a reader of the parts would see. */
const parts = generated.parts.map((_, part) => checkedPart(part));
const whole: EventsDocument = {
  ...parts[0]!,
  actors: generated.archive.actors,
  events: parts.flatMap((document) => document.events),
};

/** Steps taken until the model is done: how often it paused. */
function pausesOf(of: Archive): number {
  const steps = archiveModelSteps(of, new Map());
  let pauses = 0;
  while (!steps.next().done) pauses++;
  return pauses;
}

describe('archiveModelSteps', () => {
  it('places every event where toTimelineItems places the same events given as a document', () => {
    const fromIndex = model();
    const fromEvents = toTimelineItems(whole);
    expect(fromIndex.items).toEqual(fromEvents.items);
    expect(fromIndex.lanes).toEqual(fromEvents.lanes);
    expect(fromIndex.undated).toEqual(fromEvents.undated);
    expect(fromIndex.count).toBe(fromEvents.count);
  });

  it('lists the undated events apart, in the order of the index, and draws every other one', () => {
    const { items, undated } = model();
    const { index } = archive;
    expect(undated).toEqual(index.ids.filter((_, i) => !hasDay(index.start[i]!)));
    expect(undated.length).toBeGreaterThan(0);
    expect(items.length + undated.length).toBe(index.ids.length);
  });

  it('draws an event as tentative exactly when it is proposed, planned or dated only to a window', () => {
    const byId = new Map(archive.index.ids.map((id, i) => [id, entryOf(archive.index, i)]));
    const tentative = model().items.map((item) => [item.id, item.tentative]);
    const expected = tentative.map(([id]) => {
      const { status, time } = byId.get(id as string)!;
      return [id, status === 'proposed' || status === 'planned' || time.precision === 'window'];
    });
    expect(tentative).toEqual(expected);
    expect(new Set(tentative.map(([, is]) => is))).toEqual(new Set([true, false]));
  });

  it('shares the events loaded so far with the model, and counts the events not loaded yet', () => {
    const loaded = new Map([[whole.events[0]!.id, whole.events[0]!]]);
    const built = model(archive, loaded);
    expect(built.events).toBe(loaded);
    expect(built.count).toBe(archive.index.ids.length);
    expect(built.actors).toBe(archive.actors);
  });

  it('gives only the lanes its events are in, in the order it was given them', () => {
    const byId = new Map(DEFAULT_LANES.map((lane) => [lane.id, lane]));
    const nobody: Lane = { id: 'nobody', label: { en: 'Nobody', ar: 'لا أحد' }, countries: ['ZZ'] };
    const lanes = [byId.get('others')!, nobody, byId.get('iran')!, byId.get('mediators')!, byId.get('us')!];
    const built = drain(archiveModelSteps(archive, new Map(), lanes));
    const used = new Set(built.items.map((item) => item.lane));
    expect(used.size).toBeGreaterThan(1);
    expect(built.lanes.map((lane) => lane.id)).toEqual(
      lanes.map((lane) => lane.id).filter((id) => used.has(id)),
    );
    expect(used.has('nobody')).toBe(false);
  });

  it('pauses once at the end of a short index, and also within a long one, placing all of its events', () => {
    expect(pausesOf(archive)).toBe(1);
    // 60 copies of the generated index, ids made unique: 18,000 events, longer than one stretch.
    const copies = 60;
    const { index } = generated.archive;
    const repeat = <T>(column: T[]) => Array<T[]>(copies).fill(column).flat();
    const long: ArchiveIndexJson = {
      id: Array.from({ length: copies }, (_, copy) => index.id.map((id) => `${id}-${copy}`)).flat(),
      part: repeat(index.part),
      start: repeat(index.start),
      end: repeat(index.end),
      partOfDay: repeat(index.partOfDay),
      status: repeat(index.status),
      precision: repeat(index.precision),
      lead: repeat(index.lead),
    };
    const longArchive = check({
      ...structuredClone(generated.archive),
      parts: generated.archive.parts.map((part) => ({ ...part, events: part.events * copies })),
      index: long,
    }).archive!;
    expect(pausesOf(longArchive)).toBeGreaterThan(1);
    const built = model(longArchive);
    expect(built.items.length + built.undated.length).toBe(long.id.length);
    expect(built.items.map((item) => item.order)).toEqual(built.items.map((_, i) => i));
  });
});
