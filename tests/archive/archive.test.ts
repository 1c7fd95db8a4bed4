import { describe, expect, it } from 'vitest';
import type { Archive, ArchiveEntry, ArchiveIndexJson, ArchiveJson } from '../../src/archive/archive.ts';
import {
  agreeWithIndex,
  checkArchiveSteps,
  entryOf,
  buildArchiveIndex,
  PRECISION_CODES,
  STATUS_CODES,
} from '../../src/archive/archive.ts';
import { formatCalendarDate, fromDayNumber } from '../../src/calendar/calendarDate.ts';
import type { EventsDocument, EventsDocumentJson, TimelineEventJson } from '../../src/types.ts';
import { drain } from '../../src/util/turns.ts';
import { describeValue, quoteText } from '../../src/validate/describeValue.ts';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import {
  BAD_EVENTS,
  BAD_FRAMES,
  generated,
  UNLED_ACTOR,
  withBadEvent,
  withoutPosition,
} from './badArchives.ts';

const check = (value: unknown) => drain(checkArchiveSteps(value));

/** What an entry or an event says of its place in time, in the words of an events document. */
interface Placement {
  id: string;
  part: number;
  start: string | null;
  end: string | null;
  partOfDay: string | null;
  precision: string;
  status: string;
  lead: string | null;
}

function placementOfEntry({ id, part, status, time, participants }: ArchiveEntry): Placement {
  const day = (date: ArchiveEntry['time']['start']) => (date ? formatCalendarDate(date) : null);
  return {
    id,
    part,
    start: day(time.start),
    end: day(time.end),
    partOfDay: time.partOfDay ?? null,
    precision: time.precision,
    status,
    lead: participants[0]?.actor ?? null,
  };
}

/** Read from the events as the generator wrote them, not from the index: what the index must say. */
function placementOfEvent({ id, status, time, participants }: TimelineEventJson, part: number): Placement {
  return {
    id,
    part,
    start: time.start ?? null,
    end: time.end ?? null,
    partOfDay: time.partOfDay ?? null,
    precision: time.precision,
    status,
    lead: participants[0]?.actor ?? null,
  };
}

const placements = (archive: Pick<Archive, 'index'>) =>
  archive.index.ids.map((_, i) => placementOfEntry(entryOf(archive.index, i)));
const generatedPlacements = generated.parts.flatMap(({ document }, part) =>
  document.events.map((event) => placementOfEvent(event, part)),
);

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
});

/** Part `part` of the generated archive, changed and then checked in full: it must stay valid. */
function checkedPart(
  part: number,
  change: (document: EventsDocumentJson) => void = () => {},
): EventsDocument {
  const { document: json, sourceText } = generated.parts[part]!;
  const copy = structuredClone(json);
  change(copy);
  const { document, problems } = validateDocument(copy, { sourceText });
  expect(problems).toEqual([]);
  return document!;
}

const LABEL = 'parts/0001.json';
const loaded = check(structuredClone(generated.archive)).archive!;
/** The generated archive with its index changed, as checked (whatever problems the change makes). */
function loadedWith(change: (index: ArchiveIndexJson) => ArchiveIndexJson): Archive {
  const archive = structuredClone(generated.archive);
  return check({ ...archive, index: change(archive.index) }).archive!;
}
const expectedOf = (archive: Archive, part: number) =>
  archive.index.ids.filter((_, i) => archive.index.part[i] === part);
const part0 = generated.parts[0]!.document.events;

/** The position in part 0 of its first event with this precision. */
const first = (precision: string) => part0.findIndex((event) => event.time.precision === precision);

/** Checks part 0, maybe changed, against the index: what is shown, and what is said. */
function agree(change?: (document: EventsDocumentJson) => void, archive: Archive = loaded) {
  return agreeWithIndex(0, LABEL, checkedPart(0, change), archive, expectedOf(archive, 0));
}

describe('agreeWithIndex', () => {
  it('shows every event of a part that agrees with the index, and says nothing', () => {
    const { events, problems } = agree();
    expect(problems).toEqual([]);
    expect(events.map((event) => event.id)).toEqual(part0.map((event) => event.id));
  });

  const changes: {
    field: string;
    at: number;
    change: (event: TimelineEventJson, document: EventsDocumentJson) => void;
    path: string;
    says: string;
  }[] = [
    {
      field: 'start',
      at: first('day'),
      change: (event) => (event.time.start = '2020-06-01'),
      path: '/time/start',
      says: 'the document 2020-06-01',
    },
    {
      field: 'end',
      at: first('multi-day'),
      change: (event) => (event.time.end = '2026-01-31'),
      path: '/time/end',
      says: 'the document 2026-01-31',
    },
    {
      field: 'precision',
      at: first('window'),
      change: (event) => (event.time.precision = 'multi-day'),
      path: '/time/precision',
      says: 'precision window, the document multi-day',
    },
    {
      field: 'partOfDay',
      at: first('part-of-day'),
      change: (event) => (event.time.partOfDay = event.time.partOfDay === 'night' ? 'morning' : 'night'),
      path: '/time/partOfDay',
      says: "the archive's index says partOfDay",
    },
    {
      field: 'status',
      at: first('day'),
      change: (event) => (event.status = event.status === 'ongoing' ? 'background' : 'ongoing'),
      path: '/status',
      says: "the archive's index says status",
    },
    {
      field: 'lead',
      at: first('day'),
      change: (event, document) => {
        const taken = new Set(event.participants.map(({ actor }) => actor));
        event.participants[0]!.actor = document.actors.find((actor) => !taken.has(actor.id))!.id;
      },
      path: '/participants/0/actor',
      says: "the archive's index says the lead actor is",
    },
  ];

  it.each(changes)(
    'leaves out an event whose $field differs from the index, naming it',
    ({ at, change, path, says }) => {
      const id = part0[at]!.id;
      const { events, problems } = agree((document) => change(document.events[at]!, document));
      expect(problems).toEqual([
        {
          document: LABEL,
          eventId: id,
          eventIndex: at,
          path: `/events/${at}${path}`,
          message: expect.stringContaining(says),
        },
      ]);
      expect(events.map((event) => event.id)).toEqual(
        part0.map((event) => event.id).filter((other) => other !== id),
      );
    },
  );

  it("leaves out the events whose lead actor the part gives another country than the archive's", () => {
    const lead = part0[0]!.participants[0]!.actor;
    const led = part0.flatMap((event, i) => (event.participants[0]!.actor === lead ? [i] : []));
    const { events, problems } = agree((document) => {
      document.actors.find((actor) => actor.id === lead)!.country = 'ZZ';
    });
    expect(problems).toEqual(
      led.map((at) => ({
        document: LABEL,
        eventId: part0[at]!.id,
        eventIndex: at,
        path: `/events/${at}/participants/0/actor`,
        message: expect.stringContaining(`lead actor ${quoteText(lead)} the country`),
      })),
    );
    expect(events).toHaveLength(part0.length - led.length);
  });

  it('names an event by its place in the part as written, when checking left out events before it', () => {
    const at = part0.findIndex((event, i) => i > 0 && event.time.precision === 'day');
    const id = part0[at]!.id;
    const document = checkedPart(0, (json) => {
      json.events[at]!.status = json.events[at]!.status === 'ongoing' ? 'background' : 'ongoing';
    });
    // As validateDocument leaves out an invalid event: the checked document is one shorter.
    const checked = { ...document, events: document.events.slice(1) };
    const positions = new Map(part0.map((event, i) => [event.id, i]));
    const expected = expectedOf(loaded, 0).filter((other) => other !== part0[0]!.id);
    const { problems } = agreeWithIndex(0, LABEL, checked, loaded, expected, positions);
    expect(problems).toEqual([
      expect.objectContaining({ eventId: id, eventIndex: at, path: `/events/${at}/status` }),
    ]);
  });

  it('leaves out an event the index does not list', () => {
    const at = 3;
    const id = part0[at]!.id;
    const { events, problems } = agree(
      undefined,
      loadedWith((index) => withoutPosition(index, index.id.indexOf(id))),
    );
    expect(problems).toEqual([
      {
        document: LABEL,
        eventId: id,
        eventIndex: at,
        path: `/events/${at}/id`,
        message: "is not in the archive's index for this part: not shown",
      },
    ]);
    expect(events.map((event) => event.id)).not.toContain(id);
    expect(events).toHaveLength(part0.length - 1);
  });

  it('leaves out an event the index lists under another part', () => {
    const at = 4;
    const id = part0[at]!.id;
    const moved = loadedWith((index) => {
      index.part[index.id.indexOf(id)] = 1;
      return index;
    });
    const { events, problems } = agree(undefined, moved);
    expect(problems).toEqual([
      expect.objectContaining({ document: LABEL, eventId: id, eventIndex: at, path: `/events/${at}/id` }),
    ]);
    expect(events.map((event) => event.id)).not.toContain(id);
  });

  it('names an event the index lists for the part but the part does not hold', () => {
    const at = 5;
    const id = part0[at]!.id;
    const { events, problems } = agree((document) => void document.events.splice(at, 1));
    expect(problems).toEqual([
      {
        document: LABEL,
        eventId: id,
        path: '',
        message: `event ${quoteText(id)} is in the archive's index for this part, but not a valid event of it: not shown`,
      },
    ]);
    expect(events).toHaveLength(part0.length - 1);
  });
});

describe('buildArchiveIndex', () => {
  const checkedEvents = generated.parts.flatMap((_, part) =>
    checkedPart(part).events.map((event) => ({ event, part })),
  );

  it('writes from the checked events of every part the columns the generator wrote', () => {
    expect(buildArchiveIndex(checkedEvents, generated.archive.actors)).toEqual(generated.archive.index);
  });

  it('writes columns checkArchiveSteps reads back as the events of the parts', () => {
    const archive = {
      ...structuredClone(generated.archive),
      index: buildArchiveIndex(checkedEvents, generated.archive.actors),
    };
    const { archive: read, problems } = check(archive);
    expect(problems).toEqual([]);
    expect(placements(read!)).toEqual(generatedPlacements);
  });

  it("writes a lead as the actor's position in the actors it is given, in their order", () => {
    const actors = [...generated.archive.actors].reverse();
    const index = buildArchiveIndex(checkedEvents, actors);
    expect(index.lead.map((lead) => (lead === null ? null : actors[lead]!.id))).toEqual(
      generatedPlacements.map(({ lead }) => lead),
    );
    const { archive: read, problems } = check({ ...structuredClone(generated.archive), actors, index });
    expect(problems).toEqual([]);
    expect(placements(read!)).toEqual(generatedPlacements);
  });

  it('writes null for an event with no participants, which reads back as none', () => {
    const { event } = checkedEvents[0]!;
    const index = buildArchiveIndex(
      [{ event: { ...event, participants: [] }, part: 0 }],
      generated.archive.actors,
    );
    expect(index.lead).toEqual([null]);
    const read = check({
      ...structuredClone(generated.archive),
      parts: [{ href: 'a.json', events: 1 }],
      index,
    });
    expect(read.problems).toEqual([]);
    expect(entryOf(read.archive!.index, 0).participants).toEqual([]);
  });

  it('refuses an event whose lead actor is not among the actors it is given', () => {
    const { event } = checkedEvents[0]!;
    const lead = event.participants[0]!.actor;
    const actors = generated.archive.actors.filter((actor) => actor.id !== lead);
    expect(() => buildArchiveIndex([{ event, part: 0 }], actors)).toThrow(
      `event "${event.id}": its lead actor "${lead}" is not among the archive's actors`,
    );
  });
});

describe('formatProblem', () => {
  const inEvent = { eventId: 'event-3', eventIndex: 2, path: '/events/2/time/start', message: 'is wrong' };

  it('puts the document first when the problem is in a part of an archive', () => {
    expect(formatProblem({ document: LABEL, ...inEvent })).toBe(
      'parts/0001.json: event "event-3" (events[2]) › time.start: is wrong',
    );
  });

  it('puts the document first for a problem outside any event too', () => {
    expect(formatProblem({ document: LABEL, path: '/source/text', message: 'is missing' })).toBe(
      'parts/0001.json: document › source.text: is missing',
    );
  });

  it('names no document for a problem of the document itself', () => {
    expect(formatProblem(inEvent)).toBe('event "event-3" (events[2]) › time.start: is wrong');
  });

  it('names a column and a position of an archive index', () => {
    expect(formatProblem({ document: 'archive.json', path: '/index/end/7', message: 'is wrong' })).toBe(
      'archive.json: document › index.end[7]: is wrong',
    );
  });
});
