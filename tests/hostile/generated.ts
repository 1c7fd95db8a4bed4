/**
 * Hostile documents too large to commit (5 MB strings, 100,000 events, 100,000-deep nesting),
 * built at test time from tests/fixtures/hostile/baseline.json, each with what validating it
 * must give, in the same form as tests/fixtures/hostile/expected.json.
 *
 * No Node APIs here: a browser test can import this file and feed the bytes to the widget.
 */
import baselineJson from '../fixtures/hostile/baseline.json';
import type { HostileExpectation } from './expectation.ts';

export interface GeneratedFixture {
  /** Starts with "generated:", so it never collides with a committed file name. */
  name: string;
  about: string;
  /** Builds the bytes of the document and what validating them must give. */
  generate(): { bytes: Uint8Array; expected: HostileExpectation };
}

type Json = Record<string, unknown>;

const SISI = 'sisi-calls-pezeshkian';
const FIDAN = 'fidan-hosts-araghchi';
const GULF = 'us-military-buildup-gulf';
const BASELINE_IDS = [SISI, FIDAN, GULF];

export const FIVE_MEGABYTES = 5 * 1024 * 1024;
export const HUNDRED_THOUSAND = 100_000;
/** Stands for a value spliced in as raw JSON text: JSON.stringify recurses, so it cannot write 100,000 levels. */
const SPLICE = '\u0000splice\u0000';

function baseline(): { source: Json; actors: Json[]; events: Json[] } & Json {
  return structuredClone(baselineJson) as unknown as { source: Json; actors: Json[]; events: Json[] } & Json;
}

function event(doc: { events: Json[] }, index: number): Json {
  const found = doc.events[index];
  if (!found) throw new Error(`the baseline has no events[${index}]`);
  return found;
}

function encode(doc: unknown, splice?: string): Uint8Array {
  const text = JSON.stringify(doc);
  return new TextEncoder().encode(splice === undefined ? text : text.replace(JSON.stringify(SPLICE), splice));
}

const deepArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObjects = (depth: number) => `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;

function documentOutcome(about: string, validIds: string[], problems: string[] = []): HostileExpectation {
  return { about, kind: 'document', validIds, problems };
}

function errorOutcome(about: string, problems: string[]): HostileExpectation {
  return { about, kind: 'error-state', validIds: [], problems };
}

const tooLong = (length: number, limit: number) =>
  `is too long: ${length.toLocaleString('en')} characters, at most ${limit}`;

/** A small valid undated event quoting the start of the baseline's undated event: 100,000 of them stay near 30 MB. */
function compactEvent(doc: { events: Json[] }, id: string): Json {
  const [quote] = event(doc, 2).quotes as { text: string; start: number }[];
  if (!quote) throw new Error('the baseline undated event has no quote');
  return {
    id,
    title: { en: 'e', ar: 'ح' },
    status: 'background',
    type: 'MOBILIZE',
    participants: [{ actor: 'iran', role: 'subject' }],
    attribution: { en: 'a', ar: 'ا' },
    time: { precision: 'undated', phrase: 'p', rule: 'r' },
    quotes: [{ text: quote.text.slice(0, 12), start: quote.start, end: quote.start + 12, translation: 't' }],
  };
}

/**
 * The baseline with one compact event per id appended, spliced in as text: building and
 * stringifying 100,000 objects would take seconds, four times over (the suite runs in four time zones).
 */
function withCompactEvents(ids: readonly string[]): Uint8Array {
  const doc = baseline();
  const [before, after] = JSON.stringify(compactEvent(doc, SPLICE)).split(JSON.stringify(SPLICE));
  const events = ids.map((id) => `${before}${JSON.stringify(id)}${after}`).join(',');
  doc.events.push(SPLICE as unknown as Json);
  return encode(doc, events);
}

function defineFixture(
  name: string,
  about: string,
  build: (about: string) => { bytes: Uint8Array; expected: HostileExpectation },
): GeneratedFixture {
  return { name: `generated:${name}`, about, generate: () => build(about) };
}

export const generatedFixtures: readonly GeneratedFixture[] = [
  defineFixture(
    'five-megabyte-string-in-an-unknown-field',
    'An unknown field holding 5 MB of markup, bidi overrides and zero-width spaces is ignored.',
    (about) => {
      const doc = baseline();
      const unit = '<img src=x onerror=alert(1)>\u202e\u200b';
      event(doc, 0).notes = unit.repeat(Math.ceil(FIVE_MEGABYTES / unit.length)).slice(0, FIVE_MEGABYTES);
      return { bytes: encode(doc), expected: documentOutcome(about, BASELINE_IDS) };
    },
  ),
  defineFixture('five-megabyte-title', 'A 5 MB event title is too long.', (about) => {
    const doc = baseline();
    event(doc, 0).title = { en: 'x'.repeat(FIVE_MEGABYTES), ar: 'س' };
    return {
      bytes: encode(doc),
      expected: documentOutcome(
        about,
        [FIDAN, GULF],
        [`event "${SISI}" (events[0]) › title.en: ${tooLong(FIVE_MEGABYTES, 500)}`],
      ),
    };
  }),
  defineFixture(
    'five-megabyte-quote',
    'A 5 MB quote is too long, and is never searched for in the source.',
    (about) => {
      const doc = baseline();
      const quotes = event(doc, 1).quotes as Json[];
      quotes[0] = { ...quotes[0], text: 'ب'.repeat(FIVE_MEGABYTES), end: 2086 + FIVE_MEGABYTES };
      return {
        bytes: encode(doc),
        expected: documentOutcome(
          about,
          [SISI, GULF],
          [`event "${FIDAN}" (events[1]) › quotes[0].text: ${tooLong(FIVE_MEGABYTES, 10000)}`],
        ),
      };
    },
  ),
  defineFixture('five-megabyte-id', 'A 5 MB id is too long, and is not used to name the event.', (about) => {
    const doc = baseline();
    event(doc, 2).id = 'a'.repeat(FIVE_MEGABYTES);
    return {
      bytes: encode(doc),
      expected: documentOutcome(
        about,
        [SISI, FIDAN],
        [`event at events[2] › id: ${tooLong(FIVE_MEGABYTES, 128)}`],
      ),
    };
  }),
  defineFixture(
    'five-megabyte-source-note',
    'A 5 MB source note: the document itself is broken.',
    (about) => {
      const doc = baseline();
      doc.source.note = 'n'.repeat(FIVE_MEGABYTES);
      return {
        bytes: encode(doc),
        expected: errorOutcome(about, [`document › source.note: ${tooLong(FIVE_MEGABYTES, 2000)}`]),
      };
    },
  ),
  defineFixture('100000-events', 'A document of 100,003 valid events: every one comes through.', (about) => {
    const ids = Array.from({ length: HUNDRED_THOUSAND }, (_, i) => `event-${i}`);
    return { bytes: withCompactEvents(ids), expected: documentOutcome(about, [...BASELINE_IDS, ...ids]) };
  }),
  defineFixture(
    '100000-events-with-one-id',
    '100,001 events sharing one id: each is reported (naming three of the others) and none is shown.',
    (about) => {
      const bytes = withCompactEvents(Array.from({ length: HUNDRED_THOUSAND }, () => GULF));
      const indexes = Array.from({ length: HUNDRED_THOUSAND + 1 }, (_, i) => i + 2);
      const problems = indexes.map((index) => {
        const named = [2, 3, 4, 5].filter((other) => other !== index).slice(0, 3);
        return `event "${GULF}" (events[${index}]) › id: "${GULF}" is also the id of ${named.map((i) => `events[${i}]`).join(', ')} and 99,997 more: ids must be unique, so none of them is shown`;
      });
      return { bytes, expected: documentOutcome(about, [SISI, FIDAN], problems) };
    },
  ),
  defineFixture(
    '100000-unknown-actors',
    'One event naming 100,000 actors that do not exist: each is reported, and the other events come through.',
    (about) => {
      const doc = baseline();
      const ghosts = Array.from({ length: HUNDRED_THOUSAND }, (_, i) => `ghost-${i}`);
      event(doc, 0).participants = ghosts.map((actor) => ({ actor, role: 'counterpart' }));
      const problems = ghosts.map(
        (ghost, i) =>
          `event "${SISI}" (events[0]) › participants[${i}].actor: names an unknown actor "${ghost}"`,
      );
      return { bytes: encode(doc), expected: documentOutcome(about, [FIDAN, GULF], problems) };
    },
  ),
  defineFixture('100000-actors', '100,006 valid actors: the document comes through.', (about) => {
    const doc = baseline();
    doc.actors.push(
      ...Array.from({ length: HUNDRED_THOUSAND }, (_, i) => ({
        id: `actor-${i}`,
        name: { en: `Actor ${i}`, ar: 'ممثل' },
        kind: 'person',
      })),
    );
    return { bytes: encode(doc), expected: documentOutcome(about, BASELINE_IDS) };
  }),
  defineFixture(
    'nesting-100000-deep-in-unknown-fields',
    'Arrays and objects nested 100,000 deep in unknown fields are ignored, not walked.',
    (about) => {
      const doc = baseline();
      doc.deep = SPLICE;
      event(doc, 0).notes = SPLICE;
      event(doc, 1).time = { ...(event(doc, 1).time as Json), notes: SPLICE };
      const text = JSON.stringify(doc)
        .replace(JSON.stringify(SPLICE), deepArrays(HUNDRED_THOUSAND))
        .replace(JSON.stringify(SPLICE), deepObjects(HUNDRED_THOUSAND))
        .replace(JSON.stringify(SPLICE), deepArrays(HUNDRED_THOUSAND));
      return { bytes: new TextEncoder().encode(text), expected: documentOutcome(about, BASELINE_IDS) };
    },
  ),
  defineFixture(
    'nesting-100000-deep-in-known-fields',
    'A title that is an array nested 100,000 deep and a place name that is an object nested 100,000 deep are reported.',
    (about) => {
      const doc = baseline();
      event(doc, 0).title = SPLICE;
      event(doc, 1).place = { en: SPLICE, ar: 'أنقرة' };
      const text = JSON.stringify(doc)
        .replace(JSON.stringify(SPLICE), deepArrays(HUNDRED_THOUSAND))
        .replace(JSON.stringify(SPLICE), deepObjects(HUNDRED_THOUSAND));
      return {
        bytes: new TextEncoder().encode(text),
        expected: documentOutcome(
          about,
          [GULF],
          [
            `event "${SISI}" (events[0]) › title: must be an object, not an array of 1`,
            `event "${FIDAN}" (events[1]) › place.en: must be a string, not an object`,
          ],
        ),
      };
    },
  ),
  defineFixture(
    'nesting-100000-deep-document',
    'A document that is an array nested 100,000 deep.',
    (about) => ({
      bytes: encode(SPLICE, deepArrays(HUNDRED_THOUSAND)),
      expected: errorOutcome(about, [
        'document: is not an events document: expected a JSON object with "source", "actors" and "events", got an array of 1',
      ]),
    }),
  ),
  defineFixture(
    'invalid-utf8-after-five-megabytes',
    'A byte that is not UTF-8 (0xFF) after 5 MB of valid text: the whole document is rejected.',
    (about) => {
      const doc = baseline();
      doc.blob = SPLICE;
      const text = JSON.stringify(doc).split(JSON.stringify(SPLICE));
      const encoder = new TextEncoder();
      const head = encoder.encode(`${text[0] ?? ''}"${'ع'.repeat(FIVE_MEGABYTES / 2)}`);
      const tail = encoder.encode(`"${text[1] ?? ''}`);
      const bytes = new Uint8Array(head.length + 1 + tail.length);
      bytes.set(head);
      bytes[head.length] = 0xff;
      bytes.set(tail, head.length + 1);
      return {
        bytes,
        expected: errorOutcome(about, ['document: is not UTF-8 text, so it cannot be an events document']),
      };
    },
  ),
];
