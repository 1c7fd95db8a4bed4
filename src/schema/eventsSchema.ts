/**
 * The events format as JSON Schema (draft 2020-12): the contract for anyone who
 * produces events elsewhere. `npm run schema` writes it to events/events.schema.json
 * and compiles the validators the browser uses (no `new Function` at run time, so a
 * strict CSP holds). tests/schema/eventsSchema.test.ts keeps the JSON, the compiled
 * validators and the TypeScript types in src/types.ts in agreement.
 *
 * Calendar-date strings are checked here for shape only; whether the day exists
 * (2026-02-30) is checked by validateDocument, which can say so in plain words.
 */

import { WEEKDAY_NAMES } from '../calendar/calendarDate.ts';
import {
  ACTOR_KINDS,
  BASIS_WINDOWS,
  EVENT_MODES,
  EVENT_STATUSES,
  PARTICIPANT_ROLES,
  PARTS_OF_DAY,
  PLOVER_EVENT_TYPES,
  PRECISIONS,
} from './vocabulary.ts';

const SCHEMA_ID = 'https://diplomatic-timeline.dev/schema/events.schema.json';

const isoDate = {
  type: 'string',
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  description: 'A calendar date, YYYY-MM-DD. Never a time: it names a day, in no time zone.',
} as const;

const slug = {
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 128,
  description: 'A stable identifier: lowercase letters, digits and single hyphens.',
} as const;

const text = (maxLength: number, description: string) =>
  ({ type: 'string', minLength: 1, maxLength, description }) as const;

const localized = (maxLength: number, description: string) =>
  ({
    type: 'object',
    description,
    required: ['en', 'ar'],
    properties: { en: text(maxLength, 'English.'), ar: text(maxLength, 'Arabic.') },
  }) as const;

const weekday = { type: 'string', enum: WEEKDAY_NAMES } as const;

export const eventsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'diplomatic-timeline events document',
  description:
    'The events of one source article: who did what, when (with the words the date came from), and verbatim quotes.',
  type: 'object',
  required: ['version', 'source', 'actors', 'events'],
  properties: {
    $schema: { type: 'string' },
    version: { const: 1, description: 'Format version.' },
    source: { $ref: '#/$defs/source' },
    actors: { type: 'array', items: { $ref: '#/$defs/actor' } },
    events: { type: 'array', items: { $ref: '#/$defs/event' } },
  },
  $defs: {
    source: {
      type: 'object',
      required: ['id', 'publisher', 'title', 'language', 'dateline', 'text'],
      properties: {
        id: slug,
        publisher: text(200, 'Who published the report.'),
        title: localized(500, 'The headline, in the original and in English.'),
        language: {
          type: 'string',
          pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$',
          description: 'BCP 47 language tag of the source text, e.g. "ar".',
        },
        dateline: { ...isoDate, description: 'The date printed on the article.' },
        text: text(500, 'Path of the source text, relative to this document.'),
        url: text(2000, 'Where the article was published, if known.'),
        note: text(2000, 'Anything a reader should know about the source.'),
        relay: {
          type: 'boolean',
          description:
            "The dateline is a republication's: the original report came out before it, and its weekdays are before that.",
        },
      },
    },
    actor: {
      type: 'object',
      required: ['id', 'name', 'kind'],
      properties: {
        id: slug,
        name: localized(300, 'Name, in Arabic and English.'),
        kind: { type: 'string', enum: ACTOR_KINDS },
        country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code.' },
        role: localized(300, 'For persons: the office they hold.'),
      },
    },
    participant: {
      type: 'object',
      required: ['actor', 'role'],
      properties: {
        actor: { ...slug, description: 'An id from actors[].' },
        role: { type: 'string', enum: PARTICIPANT_ROLES },
      },
    },
    basis: {
      type: 'object',
      description: "What in the article's wording fixes the date, in a form the date resolver checks.",
      properties: {
        weekday: { ...weekday, description: 'The text names this weekday, before the report.' },
        endWeekday: { ...weekday, description: 'For a stay over several named days: the last one.' },
        relativeTo: { ...slug, description: 'The id of the event this one is dated from.' },
        offsetDays: { type: 'integer', minimum: -366, maximum: 366, description: 'Days after relativeTo.' },
        after: {
          type: 'array',
          items: slug,
          description: 'Events this one reacts to: it is on a later day.',
        },
        notBefore: {
          type: 'array',
          items: slug,
          description: 'Events this one follows, maybe the same day.',
        },
        window: { type: 'string', enum: BASIS_WINDOWS, description: 'A window named by the text.' },
      },
    },
    time: {
      type: 'object',
      required: ['precision', 'phrase', 'rule'],
      properties: {
        start: { ...isoDate, description: 'First day. Absent only when precision is "undated".' },
        end: { ...isoDate, description: 'Last day, inclusive. Absent for a single day.' },
        precision: { type: 'string', enum: PRECISIONS },
        partOfDay: { type: 'string', enum: PARTS_OF_DAY },
        phrase: text(500, "The article's own words for the date, verbatim."),
        phraseStart: {
          type: 'integer',
          minimum: 0,
          description:
            'UTF-16 offset of the phrase in the source text; the phrase must stand there, inside one of the quotes. Given with phraseEnd.',
        },
        phraseEnd: {
          type: 'integer',
          minimum: 0,
          description: 'UTF-16 offset just past the phrase. Given with phraseStart.',
        },
        rule: text(
          2000,
          'How the phrase was resolved to the dates, in words a reader understands (English).',
        ),
        ruleAr: text(2000, 'The same, in Arabic, for the Arabic interface; without it, that shows `rule`.'),
        basis: { $ref: '#/$defs/basis' },
      },
    },
    quote: {
      type: 'object',
      required: ['text', 'start', 'end'],
      properties: {
        text: text(10000, 'Verbatim from the source text: an exact substring.'),
        start: { type: 'integer', minimum: 0, description: 'UTF-16 offset of the first character.' },
        end: { type: 'integer', minimum: 0, description: 'UTF-16 offset just past the last character.' },
        translation: {
          type: 'string',
          maxLength: 10000,
          description:
            'A faithful English translation. Required (and not empty) unless the source is in English: validateDocument checks it, knowing the language.',
        },
        spokenIn: {
          type: 'string',
          maxLength: 35,
          pattern: '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$',
          description:
            'BCP 47 code of the language the words were first spoken or written in (e.g. "en"), when not the article\'s: the translation is then a translation of a translation.',
        },
      },
    },
    event: {
      type: 'object',
      required: ['id', 'title', 'status', 'type', 'participants', 'attribution', 'time', 'quotes'],
      properties: {
        id: slug,
        title: {
          type: 'object',
          description:
            'A short headline for the event, in English and Arabic. The Arabic one may be left out when the source is in English (validateDocument checks it, knowing the language): the Arabic interface then shows the English one.',
          required: ['en'],
          properties: { en: text(500, 'English.'), ar: text(500, 'Arabic.') },
        },
        status: { type: 'string', enum: EVENT_STATUSES },
        type: {
          type: 'string',
          description: 'PLOVER event type.',
          enum: PLOVER_EVENT_TYPES,
        },
        mode: {
          type: 'string',
          description: 'PLOVER mode: how it was done.',
          enum: EVENT_MODES,
        },
        context: {
          type: 'array',
          description: 'PLOVER contexts, e.g. "future" for what has not happened yet.',
          items: { type: 'string', pattern: '^[a-z]+(?:[-_][a-z]+)*$', maxLength: 64 },
        },
        cameo: { type: 'string', pattern: '^[0-9]{2,4}$', description: 'CAMEO code, as a string.' },
        participants: { type: 'array', minItems: 1, items: { $ref: '#/$defs/participant' } },
        place: localized(300, 'Where it happened, when the article says.'),
        attribution: localized(500, 'Who told the reporter, e.g. "two regional sources".'),
        time: { $ref: '#/$defs/time' },
        quotes: { type: 'array', minItems: 1, items: { $ref: '#/$defs/quote' } },
        review: {
          type: 'array',
          items: text(500, 'One thing a person should still check.'),
          description: 'Left by `npm run draft`: what in this drafted event a person must still check.',
        },
      },
    },
  },
} as const;

export const eventsSchemaId = SCHEMA_ID;
