import { describe, expect, it } from 'vitest';
import type { ArchiveIndexJson, ArchiveJson } from '../../src/archive/archive.ts';
import {
  checkArchiveSteps,
  entryOf,
  PRECISION_CODES,
  STATUS_CODES,
  titleAt,
} from '../../src/archive/archive.ts';
import { fromDayNumber, formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import { describeValue, quoteText } from '../../src/validate/describeValue.ts';
import {
  BAD_EVENTS,
  BAD_FRAMES,
  generated,
  UNLED_ACTOR,
  withBadEvent,
  withoutPosition,
} from './badArchives.ts';
import { check, generatedPlacements, placementOfEntry, placements } from './placements.ts';

describe('checkArchiveSteps', () => {
  it('accepts a generated archive: every event placed as its part says, in order, and no problem', () => {
    const { archive, problems } = check(structuredClone(generated.archive));
    expect(problems).toEqual([]);
    expect(placements(archive!)).toEqual(generatedPlacements);
    expect([...archive!.byId]).toEqual(generatedPlacements.map(({ id }, i) => [id, i]));
    expect(archive!.parts).toEqual(generated.archive.parts);
    expect([...archive!.actors.values()]).toEqual(generated.archive.actors);
    expect({ id: archive!.id, title: archive!.title, note: archive!.note }).toEqual(
      generated.archive.archive,
    );
  });

  it('covers every precision, status and part of the day in the generated archive the bad events are made from', () => {
    const { index } = generated.archive;
    expect(new Set(index.precision)).toEqual(new Set(PRECISION_CODES.keys()));
    expect(new Set(index.status)).toEqual(new Set(STATUS_CODES.keys()));
    expect(new Set(index.partOfDay)).toEqual(new Set([null, 0, 1, 2, 3]));
    expect(generated.archive.parts.map((part) => part.events)).toEqual([101, 101, 98]);
  });

  it('accepts the first and the last day YYYY-MM-DD can write: 0001-01-01 and 9999-12-31', () => {
    const archive = structuredClone(generated.archive);
    const at = archive.index.precision.indexOf(PRECISION_CODES.indexOf('multi-day'));
    archive.index.start[at] = -719162;
    archive.index.end[at] = 2932896;
    const { archive: loaded, problems } = check(archive);
    expect(problems).toEqual([]);
    expect(placementOfEntry(entryOf(loaded!.index, at))).toMatchObject({
      start: '0001-01-01',
      end: '9999-12-31',
    });
  });

  it.each(BAD_EVENTS)(
    'reports an event that $name once, at its column and position, naming the event, and loads the others',
    (bad) => {
      const { archive, at } = withBadEvent(bad);
      const { archive: loaded, problems } = check(archive);
      expect(problems).toEqual([
        ...(bad.also ?? []).map((path) => expect.objectContaining({ path })),
        { path: `/index/${bad.column}/${at}`, message: expect.any(String) },
      ]);
      const id = archive.index.id[at];
      // An id that is not one names the event by the value it has instead.
      const named =
        typeof id === 'string' && /^[a-z0-9-]+$/.test(id)
          ? `event ${quoteText(id)}: ${bad.column} `
          : `id must be a lowercase slug, got ${describeValue(id)}`;
      expect(problems.at(-1)!.message.startsWith(named)).toBe(true);
      const others = generatedPlacements.filter((_, i) => i !== at);
      expect(placements(loaded!)).toEqual(others);
      expect(loaded!.byId.get(others[at]!.id)).toBe(at);
    },
  );

  it('names the column, the codes and what it got for a bad code', () => {
    const { archive, at } = withBadEvent(BAD_EVENTS.find((bad) => bad.name.startsWith('has a status code'))!);
    expect(check(archive).problems[0]!.message).toBe(
      `event "${archive.index.id[at]}": status must be a position in [occurred, planned, proposed, ongoing, background], got number 5`,
    );
  });

  it('names both days when an end is before its start', () => {
    const { archive, at } = withBadEvent(BAD_EVENTS.find((bad) => bad.name === 'ends before it starts')!);
    const start = archive.index.start[at]!;
    expect(check(archive).problems[0]!.message).toBe(
      `event "${archive.index.id[at]}": end ${start - 1} (${formatCalendarDate(fromDayNumber(start - 1))}) is before the start, ${start} (${formatCalendarDate(fromDayNumber(start))})`,
    );
  });

  it.each(BAD_FRAMES)('does not take $name for an archive', ({ spoil, path }) => {
    const { archive, problems } = check(spoil(structuredClone(generated.archive)));
    expect(archive).toBeNull();
    expect(problems).toEqual([{ path, message: expect.any(String) }]);
  });

  it('says how long a column must be when one is not as long as the ids', () => {
    const { spoil } = BAD_FRAMES.find((bad) => bad.path === '/index/status')!;
    expect(check(spoil(structuredClone(generated.archive))).problems[0]!.message).toBe(
      'must be an array as long as index.id (300)',
    );
  });

  it('reports a part whose count of events is not what the index places in it, and keeps every event', () => {
    const archive = structuredClone(generated.archive);
    archive.parts[1]!.events = 99;
    const { archive: loaded, problems } = check(archive);
    expect(problems).toEqual([
      { path: '/parts/1/events', message: 'says 99 event(s), but the index places 101 in this part' },
    ]);
    expect(loaded!.index.ids).toHaveLength(300);
  });

  it('reports a part one of whose events is missing from the index', () => {
    const archive = structuredClone(generated.archive);
    archive.index = withoutPosition(archive.index, archive.index.part.indexOf(2));
    expect(check(archive).problems).toEqual([
      { path: '/parts/2/events', message: 'says 98 event(s), but the index places 97 in this part' },
    ]);
  });

  it('reports a bad actor and keeps the archive', () => {
    const archive = structuredClone(generated.archive);
    // One that leads no event: the events it leads would be reported too.
    archive.actors[UNLED_ACTOR] = { ...archive.actors[UNLED_ACTOR]!, country: 'tr' };
    const { archive: loaded, problems } = check(archive);
    expect(problems).toEqual([
      { path: `/actors/${UNLED_ACTOR}/country`, message: expect.stringContaining('country code') },
    ]);
    expect(placements(loaded!)).toEqual(generatedPlacements);
  });

  it('checks an index longer than one stretch between pauses, leaving out a bad event past the first', () => {
    // 60 copies of the generated index, ids made unique: 18,000 events, more than one stretch.
    const copies = 60;
    const { index } = generated.archive;
    const long: ArchiveIndexJson = {
      id: Array.from({ length: copies }, (_, copy) => index.id.map((id) => `${id}-${copy}`)).flat(),
      part: Array<number[]>(copies).fill(index.part).flat(),
      start: Array<(number | null)[]>(copies).fill(index.start).flat(),
      end: Array<(number | null)[]>(copies).fill(index.end).flat(),
      partOfDay: Array<(number | null)[]>(copies).fill(index.partOfDay).flat(),
      status: Array<number[]>(copies).fill(index.status).flat(),
      precision: Array<number[]>(copies).fill(index.precision).flat(),
      lead: Array<(number | null)[]>(copies).fill(index.lead).flat(),
    };
    const at = 17_000;
    long.status[at] = 9;
    const archive: ArchiveJson = {
      ...structuredClone(generated.archive),
      parts: generated.archive.parts.map((part) => ({ ...part, events: part.events * copies })),
      index: long,
    };
    const steps = checkArchiveSteps(archive);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    const { archive: loaded, problems } = step.value;
    expect(pauses).toBeGreaterThan(0);
    expect(problems).toEqual([expect.objectContaining({ path: `/index/status/${at}` })]);
    expect(loaded!.index.ids).toEqual(long.id.filter((_, i) => i !== at));
    expect(loaded!.index.status).toHaveLength(long.id.length - 1);
    // The event after the bad one, one place earlier in the checked columns.
    const after = placementOfEntry(entryOf(loaded!.index, at));
    expect(after).toEqual({ ...generatedPlacements[(at + 1) % 300]!, id: long.id[at + 1] });
  });

  describe('the optional title column', () => {
    /** The generated archive with a title per event, changed by `change`. */
    const titled = (change: (title: unknown[]) => unknown = (title) => title) => {
      const archive = structuredClone(generated.archive);
      const title = archive.index.id.map((id, i) =>
        i % 3 === 0 ? [`Talks ${id}`] : [`Talks ${id}`, 'محادثات'],
      );
      return { ...archive, index: { ...archive.index, title: change(title) } };
    };

    it('reads each title as written, for the search of events not loaded yet', () => {
      const archive = titled();
      const { archive: loaded, problems } = check(archive);
      expect(problems).toEqual([]);
      expect(loaded!.index.title).toEqual(archive.index.title);
      expect(titleAt(loaded!.index, 0)).toEqual({ en: `Talks ${archive.index.id[0]}` });
      expect(titleAt(loaded!.index, 1)).toEqual({ en: `Talks ${archive.index.id[1]}`, ar: 'محادثات' });
    });

    it('reads a null as no title in that language, and [null, null] as none', () => {
      const archive = titled((title) => {
        title[1] = [null, 'محادثات'];
        title[2] = [null, null];
        return title;
      });
      const { archive: loaded, problems } = check(archive);
      expect(problems).toEqual([]);
      expect(titleAt(loaded!.index, 1)).toEqual({ ar: 'محادثات' });
      expect(titleAt(loaded!.index, 2)).toBeUndefined();
    });

    it.each([
      ['shorter than the ids', (title: unknown[]) => title.slice(1)],
      ['longer than the ids', (title: unknown[]) => [...title, ['More talks']]],
      ['not an array', () => ({ en: 'Talks' })],
    ])('reports a column %s once, and loads every event without titles', (_, spoil) => {
      const { archive: loaded, problems } = check(titled(spoil));
      expect(problems).toEqual([
        {
          path: '/index/title',
          message: `must be an array as long as index.id (${generated.archive.index.id.length}): left out`,
        },
      ]);
      expect(placements(loaded!)).toEqual(generatedPlacements);
      expect(loaded!.index.title).toBeUndefined();
    });

    it.each([
      ['is not an array', 'Talks', '"Talks"'],
      ['is empty', [], 'an array of 0'],
      ['has three items', ['a', 'b', 'c'], 'an array of 3'],
      ['has an English title that is a number', [12, 'محادثات'], 'number 12'],
      ['has an Arabic title that is an object', ['Talks', {}], 'an object'],
      ['has a lone surrogate', ['Talks \ud800'], '"Talks \\ud800"'],
    ])(
      'reports a title that %s at its position, naming the event, and still shows the event, untitled',
      (_, bad, says) => {
        const at = 4;
        const archive = titled((title) => {
          title[at] = bad;
          return title;
        });
        const { archive: loaded, problems } = check(archive);
        const id = archive.index.id[at]!;
        expect(problems).toEqual([
          {
            path: `/index/title/${at}`,
            message: `event ${quoteText(id)}: title must be [English, Arabic], text or null, got ${says}`,
          },
        ]);
        expect(placements(loaded!)).toEqual(generatedPlacements);
        expect(titleAt(loaded!.index, at)).toBeUndefined();
        expect(titleAt(loaded!.index, at + 1)).toEqual({
          en: `Talks ${archive.index.id[at + 1]}`,
          ar: 'محادثات',
        });
      },
    );

    it('keeps each title with its event when an event before it is left out', () => {
      const archive = titled();
      archive.index.status[1] = 99;
      const { archive: loaded } = check(archive);
      expect(loaded!.index.ids[1]).toBe(archive.index.id[2]);
      expect(titleAt(loaded!.index, 1)?.en).toBe(`Talks ${archive.index.id[2]}`);
      expect(loaded!.index.title).toHaveLength(loaded!.index.ids.length);
    });
  });
});
