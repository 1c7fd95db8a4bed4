import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Actor,
  EventsDocumentJson,
  LocalizedText,
  Precision,
  Problem,
  Quote,
  TimelineEventJson,
  ValidationResult,
} from '../../src/types.ts';
import { WEEKDAY_NAMES } from '../../src/calendar/calendarDate.ts';
import { eventsSchema } from '../../src/schema/eventsSchema.ts';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import { parseEventsJson } from '../../src/validate/parseEventsJson.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';

const sourceText = readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url), 'utf8');
const baseline = JSON.parse(
  readFileSync(new URL('../fixtures/hostile/baseline.json', import.meta.url), 'utf8'),
) as EventsDocumentJson;

/** Modest, so that the whole file runs in a few seconds, four times over (one per time zone). */
const RUNS = { numRuns: 200 };
/** For properties that build whole documents of up to eight events. */
const DOCUMENT_RUNS = { numRuns: 60 };

// ── Arbitraries for valid documents, built from events/events.schema.json ──────────────

// The format's vocabularies, from the schema itself: a value it gains is generated at once.
const { $defs } = eventsSchema;
const STATUSES = $defs.event.properties.status.enum;
const TYPES = $defs.event.properties.type.enum;
const MODES = $defs.event.properties.mode.enum;
const ROLES = $defs.participant.properties.role.enum;
const ACTOR_KINDS = $defs.actor.properties.kind.enum;
const PARTS_OF_DAY = $defs.time.properties.partOfDay.enum;

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202eevil\u202c \u2066isolated\u2069',
  'zero\u200bwidth\u200d\ufeff',
  `a${'\u0301'.repeat(200)}`,
  '__proto__',
  'constructor',
];

/** Slugs, including the names of Object.prototype's members; never "inserted-event" (segments are at most 6 long). */
const slug = fc.oneof(
  fc.constantFrom('constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', 'proto'),
  fc
    .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join('-')),
);

/** Any well-formed text, markup and invisible characters included, of 1 to `max` UTF-16 units. */
const text = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
      fc.constantFrom(...PAYLOADS),
    )
    .filter((value) => value.length >= 1 && value.length <= max);

const localized = (max: number): fc.Arbitrary<LocalizedText> => fc.record({ en: text(max), ar: text(max) });

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real day, as a sortable number and as YYYY-MM-DD. */
const day = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
  .map(({ year, month, day: d }) => {
    const dayOfMonth = (d % daysInMonth(year, month)) + 1;
    return {
      order: year * 10000 + month * 100 + dayOfMonth,
      text: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`,
    };
  });

const partOfDay = fc.option(fc.constantFrom(...PARTS_OF_DAY), {
  nil: undefined,
});

/** A time with no basis: dates are checked for shape and order only, not against the article's wording. */
const time: fc.Arbitrary<TimelineEventJson['time']> = fc
  .record({
    kind: fc.constantFrom<Precision>('day', 'part-of-day', 'multi-day', 'window', 'undated'),
    first: day,
    second: day,
    partOfDay,
    phrase: text(500),
    rule: text(2000),
  })
  .map(({ kind, first, second, partOfDay: part, phrase, rule }) => {
    const [start, end] = first.order <= second.order ? [first, second] : [second, first];
    return {
      precision: kind,
      phrase,
      rule,
      ...(part === undefined ? {} : { partOfDay: part }),
      ...(kind === 'undated' ? {} : { start: start.text }),
      ...(kind === 'multi-day' || kind === 'window' ? { end: end.text } : {}),
    };
  });

/** A verbatim quote: a random stretch of the source text, with its offsets. */
const quote: fc.Arbitrary<Quote> = fc
  .record({
    start: fc.integer({ min: 0, max: sourceText.length - 1 }),
    length: fc.integer({ min: 1, max: 300 }),
    // A quote of an Arabic source needs a translation with more than white space in it.
    translation: text(10000).filter((value) => value.trim() !== ''),
  })
  .map(({ start, length, translation }) => {
    const end = Math.min(sourceText.length, start + length);
    return { text: sourceText.slice(start, end), start, end, translation };
  });

const actor: fc.Arbitrary<Actor> = fc
  .record(
    {
      id: slug,
      name: localized(300),
      kind: fc.constantFrom(...ACTOR_KINDS),
      country: fc.stringMatching(/^[A-Z]{2}$/),
      role: localized(300),
    },
    { requiredKeys: ['id', 'name', 'kind'] },
  )
  .map((value) => value as Actor);

function eventOf(actorIds: readonly string[]): fc.Arbitrary<TimelineEventJson> {
  return fc
    .record(
      {
        id: slug,
        title: localized(500),
        status: fc.constantFrom(...STATUSES),
        type: fc.constantFrom(...TYPES),
        mode: fc.constantFrom(...MODES),
        context: fc.array(fc.stringMatching(/^[a-z]{1,10}(?:[-_][a-z]{1,10})?$/), { maxLength: 3 }),
        cameo: fc.stringMatching(/^[0-9]{2,4}$/),
        participants: fc.array(
          fc.record({ actor: fc.constantFrom(...actorIds), role: fc.constantFrom(...ROLES) }),
          { minLength: 1, maxLength: 4 },
        ),
        place: localized(300),
        attribution: localized(500),
        time,
        quotes: fc.array(quote, { minLength: 1, maxLength: 3 }),
      },
      {
        requiredKeys: ['id', 'title', 'status', 'type', 'participants', 'attribution', 'time', 'quotes'],
      },
    )
    .map((value) => value as TimelineEventJson);
}

/** A valid events document: unique actor ids, unique event ids, participants from actors[], verbatim quotes. */
const validDocument: fc.Arbitrary<EventsDocumentJson> = fc
  .uniqueArray(actor, { selector: (a) => a.id, minLength: 1, maxLength: 5 })
  .chain((actors) =>
    fc
      .uniqueArray(eventOf(actors.map((a) => a.id)), { selector: (e) => e.id, maxLength: 8 })
      .map((events) => ({ version: 1 as const, source: structuredClone(baseline.source), actors, events })),
  );

// ── Invalid events ─────────────────────────────────────────────────────────────────

const INSERTED = 'inserted-event';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
type Mutation = (event: Record<string, unknown>) => unknown;

const setIn =
  (path: readonly string[], value: unknown): Mutation =>
  (event) => {
    let here: Record<string, unknown> = event;
    for (const key of path.slice(0, -1)) here = here[key] as Record<string, unknown>;
    here[path[path.length - 1]!] = value;
    return event;
  };

/** Each one makes any valid event invalid, whatever else it holds. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .constantFrom('id', 'title', 'status', 'type', 'participants', 'attribution', 'time', 'quotes')
    .map((key): Mutation => (event) => {
      delete event[key];
      return event;
    }),
  fc
    .constantFrom('title', 'status', 'participants', 'time', 'quotes', 'attribution')
    .chain((key) =>
      fc
        .oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }))
        .map((value) => setIn([key], value)),
    ),
  fc.string().map((value) => setIn(['status'], `not-a-status ${value}`)),
  fc
    .constantFrom(...PAYLOADS.filter((id) => !SLUG.test(id)), 'Sisi', '(report)', 'a--b')
    .map((id) => setIn(['id'], id)),
  fc.constant(setIn(['title', 'en'], 'broken \ud800 text')),
  fc.constant(setIn(['participants', '0', 'actor'], 'nonexistent')),
  fc.constant(setIn(['time'], { precision: 'day', start: '2026-02-30', phrase: 'p', rule: 'r' })),
  fc.constant(
    setIn(['time'], {
      precision: 'multi-day',
      start: '2026-01-31',
      end: '2026-01-29',
      phrase: 'p',
      rule: 'r',
    }),
  ),
  fc.constant(
    setIn(['time'], {
      precision: 'day',
      start: '2026-01-01',
      phrase: 'p',
      rule: 'r',
      basis: { weekday: 'monday' },
    }),
  ),
  fc.constant(
    setIn(['time'], {
      precision: 'day',
      start: '2026-01-01',
      phrase: 'p',
      rule: 'r',
      basis: { relativeTo: 'nonexistent' },
    }),
  ),
  fc.constant(setIn(['quotes', '0', 'text'], '<script>alert(1)</script>')),
  fc.constant(setIn(['quotes', '0', 'end'], -1)),
  fc
    .jsonValue()
    .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value))
    .map(
      (value): Mutation =>
        () =>
          value,
    ),
);

/** An event the format rejects, with an id no valid event has (two events sharing an id are both left out, by design). */
const invalidEvent = (actorIds: readonly string[]): fc.Arbitrary<unknown> =>
  fc
    .tuple(eventOf(actorIds), mutation)
    .map(([event, mutate]) => mutate({ ...structuredClone(event), id: INSERTED }));

/**
 * An invalid event whose date basis names only its own weekdays or a window, so that it says nothing
 * about any other event's date; some have an id like the date resolver's own names ("(report)", "x#end").
 */
const datedIntruder = (actorIds: readonly string[]): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      eventOf(actorIds),
      fc.constantFrom(INSERTED, '(report)', 'sisi-calls-pezeshkian#end', 'Inserted Event', '__proto__'),
      fc.record(
        {
          weekday: fc.constantFrom(...WEEKDAY_NAMES),
          endWeekday: fc.constantFrom(...WEEKDAY_NAMES),
          window: fc.constant('later-this-week' as const),
        },
        { requiredKeys: [] },
      ),
      mutation,
    )
    .map(([event, id, basis, mutate]) => {
      const dated = { ...structuredClone(event), id, time: { ...event.time, basis } };
      // An id that is not a slug already makes the event invalid.
      return id === INSERTED ? mutate(dated) : dated;
    });

// ── Helpers ───────────────────────────────────────────────────────────────────────

const prototypeKeysAtStart = Reflect.ownKeys(Object.prototype).map(String);

function expectWellFormed(result: ValidationResult): void {
  expect(Reflect.ownKeys(Object.prototype).map(String)).toEqual(prototypeKeysAtStart);
  expect(Object.keys(result).sort()).toEqual(['document', 'problems']);
  expect(Array.isArray(result.problems)).toBe(true);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.path === '' || problem.path.startsWith('/')).toBe(true);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    expect(typeof formatProblem(problem)).toBe('string');
  }
  expect(result.document === null || typeof result.document === 'object').toBe(true);
}

/** Every path to a value inside `value`, so that one can be replaced. */
function pathsIn(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  const here = [[...path]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsIn(item, [...path, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...path, key]))];
  }
  return here;
}

function replaceAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let here = copy;
  for (const key of path.slice(0, -1)) here = here[key] as Record<string | number, unknown>;
  here[path[path.length - 1]!] = value;
  return copy;
}

// ── Properties ────────────────────────────────────────────────────────────────────

describe('validateDocument, on arbitrary input', () => {
  it('never throws on any JSON value, and always answers with a document (or null) and a list of problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, withSource) => {
        expectWellFormed(validateDocument(value, withSource ? { sourceText } : {}));
      }),
      RUNS,
    );
  });

  it('never throws on any JavaScript value: null prototypes, sparse arrays, Maps, boxed strings, BigInts', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withSparseArray: true,
      withMap: true,
      withSet: true,
      withBoxedValues: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        expectWellFormed(validateDocument(value, { sourceText }));
      }),
      RUNS,
    );
  });

  it('never throws when any one value inside a valid document is replaced by an arbitrary value', () => {
    const replaced = validDocument.chain((document) => {
      const paths = pathsIn(document);
      return fc
        .tuple(
          fc.constantFrom(...paths),
          fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withSparseArray: true })),
        )
        .map(([path, value]) => replaceAt(document, path, value));
    });
    fc.assert(
      fc.property(replaced, (value) => {
        expectWellFormed(validateDocument(value, { sourceText }));
      }),
      DOCUMENT_RUNS,
    );
  });

  it('never throws when actors or events is any array, holes included', () => {
    const list = fc.sparseArray(fc.oneof(fc.jsonValue(), eventOf(baseline.actors.map((a) => a.id))), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.constantFrom('actors', 'events'), list, (key, items) => {
        expectWellFormed(validateDocument({ ...structuredClone(baseline), [key]: items }, { sourceText }));
      }),
      DOCUMENT_RUNS,
    );
  });
});

describe('parseEventsJson, on arbitrary bytes', () => {
  it('never throws, and either parses or says why in one problem about the whole document', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: 'binary' }).map((value) => new TextEncoder().encode(value)),
      fc.jsonValue().map((value) => new TextEncoder().encode(`\ufeff${JSON.stringify(value)}`)),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const parsed = parseEventsJson(input);
        if (parsed.ok) expect(parsed).toHaveProperty('value');
        else expect(parsed.problem.path).toBe('');
      }),
      RUNS,
    );
  });
});

describe('validateDocument, on valid documents', () => {
  it('lets every event of a valid document through, unchanged, with no problem', () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const input = structuredClone(document);
        const { document: output, problems } = validateDocument(input, { sourceText });
        // Review notes (a generated status or title a reader would question) keep the event: not problems here.
        expect(problems.filter(isError).map(formatProblem)).toEqual([]);
        expect(output?.events.map((event) => event.id)).toEqual(document.events.map((event) => event.id));
        expect(output?.actors.map((a) => a.id)).toEqual(document.actors.map((a) => a.id));
        output?.events.forEach((event, i) => {
          const given = document.events[i]!;
          expect([event.title, event.attribution, event.place, event.participants, event.quotes]).toEqual([
            given.title,
            given.attribution,
            given.place,
            given.participants,
            given.quotes,
          ]);
          expect([event.time.phrase, event.time.rule]).toEqual([given.time.phrase, given.time.rule]);
        });
        // Validation copies what it keeps: the input is left as it was.
        expect(input).toEqual(document);
      }),
      DOCUMENT_RUNS,
    );
  });

  it('never loses a valid event because one invalid event was inserted among them', () => {
    const withIntruder = validDocument.chain((document) =>
      fc
        .tuple(
          fc.integer({ min: 0, max: document.events.length }),
          invalidEvent(document.actors.map((a) => a.id)),
        )
        .map(([at, intruder]) => ({ document, at, intruder })),
    );
    fc.assert(
      fc.property(withIntruder, ({ document, at, intruder }) => {
        const events: unknown[] = [...document.events];
        events.splice(at, 0, intruder);
        const { document: output, problems } = validateDocument({ ...document, events }, { sourceText });
        expect(output?.events.map((event) => event.id)).toEqual(document.events.map((event) => event.id));
        expect(problems.length).toBeGreaterThan(0);
        // Every problem is about the intruder: none spills onto a valid event.
        expect(
          problems
            .filter((problem: Problem) => isError(problem) && problem.eventIndex !== at)
            .map(formatProblem),
        ).toEqual([]);
      }),
      DOCUMENT_RUNS,
    );
  });

  it("never loses an event of the article's own dated events because one invalid dated event was inserted", () => {
    const withIntruder = fc
      .tuple(
        fc.integer({ min: 0, max: baseline.events.length }),
        datedIntruder(baseline.actors.map((a) => a.id)),
      )
      .map(([at, intruder]) => ({ at, intruder }));
    fc.assert(
      fc.property(withIntruder, ({ at, intruder }) => {
        const events: unknown[] = structuredClone(baseline.events);
        events.splice(at, 0, intruder);
        const { document: output, problems } = validateDocument({ ...baseline, events }, { sourceText });
        expect(output?.events.map((event) => event.id)).toEqual(baseline.events.map((event) => event.id));
        expect(
          problems
            .filter((problem: Problem) => isError(problem) && problem.eventIndex !== at)
            .map(formatProblem),
        ).toEqual([]);
      }),
      RUNS,
    );
  });
});

function isError(problem: Problem): boolean {
  return problem.severity !== 'review';
}
