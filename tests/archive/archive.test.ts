import { describe, expect, it } from 'vitest';
import type { ArchiveEntry, ArchiveJson, ArchiveRowJson } from '../../src/archive/archive.ts';
import { agreeWithIndex, checkArchiveSteps, rowOf } from '../../src/archive/archive.ts';
import { formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import type { EventsDocument, EventsDocumentJson, TimelineEventJson } from '../../src/types.ts';
import { drain } from '../../src/util/turns.ts';
import { quoteText } from '../../src/validate/describeSchemaError.ts';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import { BAD_FRAMES, BAD_ROWS, generated, withBadRow } from './badArchives.ts';

const check = (value: unknown) => drain(checkArchiveSteps(value));

/** An entry as the row it was read from. */
function rowOfEntry({ id, part, status, time, participants }: ArchiveEntry): ArchiveRowJson {
  const day = (date: ArchiveEntry['time']['start']) => (date ? formatCalendarDate(date) : null);
  const lead = participants[0]?.actor ?? null;
  return [id, part, day(time.start), day(time.end), time.partOfDay ?? null, status, time.precision, lead];
}

const ids = (index: readonly ArchiveRowJson[]) => index.map((row) => row[0]);

describe('checkArchiveSteps', () => {
  it('accepts a generated archive: every row an entry, in order, and no problem', () => {
    const { archive, problems } = check(structuredClone(generated.archive));
    expect(problems).toEqual([]);
    expect(archive!.entries.map(rowOfEntry)).toEqual(generated.archive.index);
    expect(archive!.parts).toEqual(generated.archive.parts);
    expect([...archive!.actors.values()]).toEqual(generated.archive.actors);
    expect({ id: archive!.id, title: archive!.title, note: archive!.note }).toEqual(
      generated.archive.archive,
    );
  });

  it('covers every precision and status in the generated archive the bad rows are made from', () => {
    const precisions = new Set(generated.archive.index.map((row) => row[6]));
    expect([...precisions].sort()).toEqual(['day', 'multi-day', 'part-of-day', 'undated', 'window']);
    expect(generated.archive.parts.map((part) => part.events)).toEqual([101, 101, 98]);
  });

  it.each(BAD_ROWS)(
    'reports a row that $name once, at its field, naming the event, and loads the others',
    (bad) => {
      const { archive, at, spoiled } = withBadRow(bad);
      const { archive: loaded, problems } = check(archive);
      expect(problems).toEqual([
        {
          path: bad.field === undefined ? `/index/${at}` : `/index/${at}/${bad.field}`,
          message: expect.stringContaining(quoteText(String(spoiled[0]))),
        },
      ]);
      expect(ids(loaded!.entries.map(rowOfEntry))).toEqual(ids(archive.index.filter((_, i) => i !== at)));
    },
  );

  it('names the field and what it got in a bad row', () => {
    const { archive, at } = withBadRow(BAD_ROWS.find((bad) => bad.name === 'has an unknown status')!);
    expect(check(archive).problems[0]!.message).toBe(
      `event "${archive.index[at]![0]}": status must be one of occurred, planned, proposed, ongoing, background, got "happened"`,
    );
  });

  it.each(BAD_FRAMES)('does not take $name for an archive', ({ spoil, path }) => {
    const { archive, problems } = check(spoil(structuredClone(generated.archive) as never));
    expect(archive).toBeNull();
    expect(problems).toEqual([{ path, message: expect.any(String) }]);
  });

  it('reports a part whose count of events is not its number of rows, and keeps every entry', () => {
    const archive = structuredClone(generated.archive);
    archive.parts[1]!.events = 99;
    const { archive: loaded, problems } = check(archive);
    expect(problems).toEqual([
      { path: '/parts/1/events', message: 'says 99 event(s), but 101 row(s) of the index name this part' },
    ]);
    expect(loaded!.entries).toHaveLength(300);
  });

  it('reports a part one of whose rows is missing from the index', () => {
    const archive = structuredClone(generated.archive);
    archive.index.splice(
      archive.index.findIndex((row) => row[1] === 2),
      1,
    );
    expect(check(archive).problems).toEqual([
      { path: '/parts/2/events', message: 'says 98 event(s), but 97 row(s) of the index name this part' },
    ]);
  });

  it('reports a bad actor and keeps the archive', () => {
    const archive = structuredClone(generated.archive);
    // One that leads no event: the rows of those it leads would be reported too.
    const leads = new Set(archive.index.map((row) => row[7]));
    const at = archive.actors.findIndex((actor) => !leads.has(actor.id));
    archive.actors[at] = { ...archive.actors[at]!, country: 'tr' };
    const { archive: loaded, problems } = check(archive);
    expect(problems).toEqual([
      { path: `/actors/${at}/country`, message: expect.stringContaining('country code') },
    ]);
    expect(loaded).not.toBeNull();
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
const { archive: loaded } = check(structuredClone(generated.archive));
const entries = loaded!.entries;
const byIdOf = (list: readonly ArchiveEntry[]) => new Map(list.map((entry) => [entry.id, entry]));
const expectedOf = (list: readonly ArchiveEntry[], part: number) =>
  list.filter((entry) => entry.part === part).map((entry) => entry.id);
const part0 = generated.parts[0]!.document.events;

/** The position in part 0 of its first event with this precision. */
const first = (precision: string) => part0.findIndex((event) => event.time.precision === precision);

/** Checks part 0, maybe changed, against the index: what is shown, and what is said. */
function agree(change?: (document: EventsDocumentJson) => void, index: readonly ArchiveEntry[] = entries) {
  return agreeWithIndex(
    0,
    LABEL,
    checkedPart(0, change),
    { actors: loaded!.actors, byId: byIdOf(index) },
    expectedOf(index, 0),
  );
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
    const expected = expectedOf(entries, 0).filter((other) => other !== part0[0]!.id);
    const { problems } = agreeWithIndex(
      0,
      LABEL,
      checked,
      { actors: loaded!.actors, byId: byIdOf(entries) },
      expected,
      positions,
    );
    expect(problems).toEqual([
      expect.objectContaining({ eventId: id, eventIndex: at, path: `/events/${at}/status` }),
    ]);
  });

  it('leaves out an event the index does not list', () => {
    const at = 3;
    const id = part0[at]!.id;
    const { events, problems } = agree(
      undefined,
      entries.filter((entry) => entry.id !== id),
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
    const moved = entries.map((entry) => (entry.id === id ? { ...entry, part: 1 } : entry));
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

describe('rowOf', () => {
  it('makes from each checked event of each part the row the generator wrote for it', () => {
    const rows = generated.parts.flatMap((_, part) =>
      checkedPart(part).events.map((event) => rowOf(event, part)),
    );
    expect(rows).toEqual(generated.archive.index);
  });

  it('makes rows checkArchiveSteps reads back as the same events', () => {
    const archive: ArchiveJson = {
      ...structuredClone(generated.archive),
      index: generated.parts.flatMap((_, part) =>
        checkedPart(part).events.map((event) => rowOf(event, part)),
      ),
    };
    const { archive: read, problems } = check(archive);
    expect(problems).toEqual([]);
    expect(read!.entries.map(rowOfEntry)).toEqual(archive.index);
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
});
