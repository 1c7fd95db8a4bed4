import { describe, expect, it } from 'vitest';
import type { Archive, ArchiveIndexJson } from '../../src/archive/archive.ts';
import { agreeWithIndex } from '../../src/archive/archive.ts';
import type { EventsDocumentJson, TimelineEventJson } from '../../src/types.ts';
import { quoteText } from '../../src/validate/describeValue.ts';
import { generated, withoutPosition } from './badArchives.ts';
import { check, checkedPart } from './placements.ts';

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

  describe('with the index titles', () => {
    const withTitles = loadedWith((index) => ({
      ...index,
      title: index.id.map((id) => {
        const event = part0.find((candidate) => candidate.id === id);
        return event ? [event.title.en, event.title.ar ?? null] : [`Title of ${id}`];
      }),
    }));

    it('says nothing when the titles agree', () => {
      const { events, problems } = agree(undefined, withTitles);
      expect(problems).toEqual([]);
      expect(events).toHaveLength(part0.length);
    });

    it('names an event whose title differs from the index, and still shows it, with its own', () => {
      const at = 2;
      const { id, title } = part0[at]!;
      const { events, problems } = agree((document) => {
        document.events[at]!.title.en = 'Talks in Muscat';
      }, withTitles);
      expect(problems).toEqual([
        {
          document: LABEL,
          eventId: id,
          eventIndex: at,
          path: `/events/${at}/title/en`,
          message: `the archive's index gives the title ${quoteText(title.en)}, the document "Talks in Muscat": shown with the document's`,
        },
      ]);
      expect(events.map((event) => event.id)).toEqual(part0.map((event) => event.id));
      expect(events[at]!.title.en).toBe('Talks in Muscat');
    });

    it('names an Arabic title that differs from the index', () => {
      const at = 3;
      const { problems } = agree(
        (document) => void (document.events[at]!.title.ar = 'محادثات مسقط'),
        withTitles,
      );
      expect(problems).toEqual([
        expect.objectContaining({
          eventIndex: at,
          path: `/events/${at}/title/ar`,
          message: expect.stringContaining('the document "محادثات مسقط": shown'),
        }),
      ]);
    });

    it('compares no title the index leaves null', () => {
      const blank = loadedWith((index) => ({ ...index, title: index.id.map(() => [null, null]) }));
      const { problems } = agree((document) => (document.events[2]!.title.en = 'Talks in Muscat'), blank);
      expect(problems).toEqual([]);
    });
  });
});
