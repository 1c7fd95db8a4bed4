/**
 * The archive format as JSON Schema (draft 2020-12), for anyone who writes archives by hand or
 * by tool: `npm run schema` writes it to events/archive.schema.json. The widget never reads it
 * (checkArchiveSteps in src/archive/archive.ts checks archives, with more to say), so nothing
 * under src/element imports this file and it stays out of the bundle.
 *
 * Fields are taken from the events schema, so the two cannot drift apart. The actor definition
 * is copied in rather than `$ref`-ed across files: a `$ref` to events.schema.json would make
 * every validator and editor load that file too, or fail on the reference.
 *
 * The index is columns of numbers, one position per event. A schema describes each column, not
 * how they line up, so much is left to checkArchiveSteps: that every column is as long as `id`,
 * how start, end and partOfDay depend on an event's precision, that an end is not before its
 * start, that `part` is one of the parts and that `lead` is one of the (valid) actors. The
 * optional `title` column is for search alone: a bad one is reported and costs only the titles.
 */
import { eventsSchema } from './eventsSchema.ts';

const SCHEMA_ID = 'https://diplomatic-timeline.dev/schema/archive.schema.json';

const { actor } = eventsSchema.$defs;
const { id: slug, title: localized } = eventsSchema.$defs.source.properties;
const { precision, partOfDay } = eventsSchema.$defs.time.properties;
const { status } = eventsSchema.$defs.event.properties;

/**
 * The codes are positions in the events schema's own lists, in their order (STATUS_CODES and
 * the others in src/archive/codes.ts, which tests/schema/archiveSchema.test.ts holds equal). That
 * file is not imported: it loads the compiled validators this schema helps generate.
 */
const code = (values: readonly string[], what: string) =>
  ({
    type: 'integer',
    minimum: 0,
    maximum: values.length - 1,
    description: `${what}: ${values.map((value, i) => `${i} ${value}`).join(', ')}.`,
  }) as const;

const nothing = { type: 'null' } as const;

/** Years 1 to 9999: any day that YYYY-MM-DD can write (dayNumber of 0001-01-01 and 9999-12-31). */
const day = {
  type: 'integer',
  minimum: -719162,
  maximum: 2932896,
  description:
    'A day number: days since 1970-01-01, a calendar day in no time zone; e.g. 20483 is 2026-01-30.',
} as const;

const column = <const Item extends object>(description: string, items: Item) =>
  ({ type: 'array', description, items }) as const;

export const archiveSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'diplomatic-timeline archive',
  description:
    'Many events documents (the parts) and one index of where each of their events sits in time: the timeline is drawn from the index, and a part is loaded only when one of its events is read.',
  type: 'object',
  required: ['version', 'archive', 'actors', 'parts', 'index'],
  properties: {
    $schema: { type: 'string' },
    version: { const: 1, description: 'Format version.' },
    archive: {
      type: 'object',
      description: 'What the archive is.',
      required: ['id', 'title'],
      properties: {
        id: { ...slug, description: 'A stable identifier for the archive, e.g. "iran-talks-2026".' },
        title: { ...localized, description: "The archive's title, in English and Arabic." },
        note: { type: 'string', description: 'Anything a reader should know about the archive.' },
      },
    },
    actors: {
      type: 'array',
      description:
        "Every actor that leads an event (the first participant), defined as in the parts: an event's lane follows its lead actor's country, and a part that gives the actor another country has its events left out. The index's `lead` is a position in this list.",
      items: { $ref: '#/$defs/actor' },
    },
    parts: {
      type: 'array',
      minItems: 1,
      description:
        "The events documents the archive is made of. The index's `part` is a position in this list.",
      items: { $ref: '#/$defs/part' },
    },
    index: { $ref: '#/$defs/index' },
  },
  $defs: {
    actor,
    part: {
      type: 'object',
      required: ['href', 'events'],
      properties: {
        href: {
          type: 'string',
          minLength: 1,
          description:
            "Address of the part's events document, relative to the archive. Its `source.text` is relative to the part.",
        },
        events: {
          type: 'integer',
          minimum: 0,
          description:
            'How many events the part holds: exactly as many positions of the index name this part.',
        },
      },
    },
    index: {
      type: 'object',
      description:
        'Every event of every part, enough to place it before its part is loaded: one column per field, one position per event, so that position i of every column describes the same event. Each field must be what the part says of the event, or the event is not shown. Beyond this schema, which cannot relate one column to another (checkArchiveSteps checks it): every column must be exactly as long as `id`, or the archive is refused (the optional `title` column is only left out); start is null exactly when precision is 4 (undated); end is a day, not before start, exactly when precision is 2 or 3 (multi-day, window); partOfDay is null unless precision is 1 (part-of-day); `part` must be below the number of parts and `lead` below the number of actors, naming a valid actor. An event that breaks one of these is left out, and the others load.',
      required: ['id', 'part', 'start', 'end', 'partOfDay', 'status', 'precision', 'lead'],
      properties: {
        id: {
          ...column("Each event's id, as in its part.", slug),
          uniqueItems: true,
        },
        part: column('The position in `parts` of the document that holds the event.', {
          type: 'integer',
          minimum: 0,
        }),
        start: column('The first day; null only when the event is undated.', {
          anyOf: [day, nothing],
        }),
        end: column('The last day, inclusive, for a "multi-day" or "window" precision; null for any other.', {
          anyOf: [day, nothing],
        }),
        partOfDay: column('For a "part-of-day" precision, when in the day; otherwise null.', {
          anyOf: [code(partOfDay.enum, 'Part of the day'), nothing],
        }),
        status: column("The event's status.", code(status.enum, 'Status')),
        precision: column("The precision of the event's time.", code(precision.enum, 'Precision')),
        lead: column(
          "The event's first participant, as a position in `actors`; null when it has no participants.",
          { anyOf: [{ type: 'integer', minimum: 0 }, nothing] },
        ),
        title: column(
          "Optional: each event's title as `[en, ar]`, each as in its part, or null where it has none in that language (the Arabic may be left out: `[en]`). With it, search finds events whose parts are not loaded yet, by their titles; it costs about 140 bytes an event in both languages, most of the index (npm run archive -- --no-titles leaves it out). A bad title costs only that title: the event still loads.",
          {
            type: 'array',
            minItems: 1,
            maxItems: 2,
            items: { anyOf: [{ type: 'string' }, nothing] },
          },
        ),
      },
    },
  },
} as const;

export const archiveSchemaId = SCHEMA_ID;
