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
 * What a schema cannot say is left to checkArchiveSteps: that a day exists (2026-02-30), that
 * an end is not before its start, that `part` is one of the parts, that `lead` is one of the
 * actors and that ids are unique.
 */
import { eventsSchema } from './eventsSchema.ts';

const SCHEMA_ID = 'https://diplomatic-timeline.dev/schema/archive.schema.json';

const { actor } = eventsSchema.$defs;
const { id: slug, title: localized } = eventsSchema.$defs.source.properties;
const { start: isoDate, precision, partOfDay } = eventsSchema.$defs.time.properties;
const { status } = eventsSchema.$defs.event.properties;

const nothing = { type: 'null' } as const;

/** An 8-field row whose fields at the given positions match; the others may be anything. */
const rowWith = (fields: Record<number, object>) => ({
  prefixItems: Array.from({ length: 8 }, (_, i) => fields[i] ?? true),
  minItems: 8,
  maxItems: 8,
});

const rowWithPrecision = (precisions: readonly string[]) => rowWith({ 6: { enum: precisions } });

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
        "Every actor that leads an event (the first participant), defined as in the parts: an event's lane follows its lead actor's country, and a part that gives the actor another country has its events left out.",
      items: { $ref: '#/$defs/actor' },
    },
    parts: {
      type: 'array',
      minItems: 1,
      description: "The events documents the archive is made of. A row's `part` is a position in this list.",
      items: { $ref: '#/$defs/part' },
    },
    index: {
      type: 'array',
      description: 'One row per event of every part: enough to place the event before its part is loaded.',
      items: { $ref: '#/$defs/row' },
    },
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
          description: 'How many events the part holds: exactly as many rows of the index name this part.',
        },
      },
    },
    row: {
      type: 'array',
      description:
        'One event: [id, part, start, end, partOfDay, status, precision, lead]. Each field must be what the part says of the event, or the event is not shown.',
      prefixItems: [
        { ...slug, description: "id: the event's id, unique in the whole archive." },
        {
          type: 'integer',
          minimum: 0,
          description: "part: the position in `parts` of the event's document.",
        },
        {
          anyOf: [isoDate, nothing],
          description: 'start: the first day, YYYY-MM-DD; null only when precision is "undated".',
        },
        {
          anyOf: [isoDate, nothing],
          description:
            'end: the last day, inclusive, for a "multi-day" or "window" precision; null for any other.',
        },
        {
          enum: [...partOfDay.enum, null],
          description: 'partOfDay: for a "part-of-day" precision, when in the day; otherwise null.',
        },
        { ...status, description: 'status: as in the event.' },
        { ...precision, description: "precision: as in the event's time." },
        {
          anyOf: [slug, nothing],
          description:
            "lead: the id of the event's first participant, one of `actors`; null when it has no participants.",
        },
      ],
      items: false,
      minItems: 8,
      maxItems: 8,
      // How start, end and partOfDay depend on the precision, one rule per field.
      allOf: [
        {
          if: rowWithPrecision(['undated']),
          then: rowWith({ 2: nothing, 3: nothing, 4: nothing }),
          else: rowWith({ 2: isoDate }),
        },
        {
          if: rowWithPrecision(['multi-day', 'window']),
          then: rowWith({ 3: isoDate }),
          else: rowWith({ 3: nothing }),
        },
        { if: rowWithPrecision(['part-of-day']), else: rowWith({ 4: nothing }) },
      ],
    },
  },
} as const;

export const archiveSchemaId = SCHEMA_ID;
