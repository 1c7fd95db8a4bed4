import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventsJsonStream } from '../../src/validate/streamEventsJson.ts';

type Streamed = { ok: true; value: unknown; batches: number } | { ok: false };

/** Streams `bytes` in pieces cut at `cuts` (byte offsets), and rebuilds the document it read. */
function stream(bytes: Uint8Array, cuts: readonly number[] = []): Streamed {
  const events: unknown[] = [];
  let batches = 0;
  const parser = new EventsJsonStream({
    onEvents(batch) {
      batches++;
      events.push(...batch);
    },
  });
  pushInPieces(parser, bytes, cuts);
  const result = parser.finish();
  if (!result.ok) return result;
  return { ok: true, value: { ...(result.envelope as object), events }, batches };
}

/**
 * Pushes `bytes` in pieces cut at `cuts`: byte offsets in any order, any natural number
 * taken modulo the length + 1 (as fast-check generates them).
 */
function pushInPieces(parser: EventsJsonStream, bytes: Uint8Array, cuts: readonly number[]): void {
  let from = 0;
  const offsets = cuts.map((cut) => cut % (bytes.length + 1));
  for (const cut of [...new Set(offsets)].sort((a, b) => a - b)) {
    parser.push(bytes.subarray(from, cut));
    from = cut;
  }
  parser.push(bytes.subarray(from));
}

const encode = (text: string) => new TextEncoder().encode(text);

/** A surrogate without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Every string in a JSON value, keys included. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsOf(inner)]);
  return [];
}

/** What JSON.parse makes of the text, or undefined when it throws. */
function parsed(text: string): { value: unknown } | undefined {
  try {
    // As the UTF-8 decoder (and parseEventsJson) does: one leading byte-order mark is dropped.
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return undefined;
  }
}

/** Streamed in pieces cut at `cuts`, `text` is refused, or read as JSON.parse reads it. */
function expectNoOtherReading(text: string, cuts: readonly number[]): void {
  const result = stream(encode(text), cuts);
  if (!result.ok) return;
  const expected = parsed(text);
  expect(expected).toBeDefined();
  expect(result.value).toEqual(expected!.value);
}

const article = readFileSync(new URL('../../events/ankara-talks.json', import.meta.url));

describe('EventsJsonStream', () => {
  it('reads the article in one piece and byte by byte, the same as JSON.parse', () => {
    const expected = JSON.parse(article.toString('utf8'));
    expect(stream(article)).toMatchObject({ ok: true, value: expected });
    const everyByte = Array.from({ length: article.length }, (_, i) => i);
    expect(stream(article, everyByte)).toMatchObject({ ok: true, value: expected });
  });

  it('hands events on as their bytes arrive, not all at the end', () => {
    const text = article.toString('utf8');
    const cuts = Array.from({ length: 20 }, (_, i) => Math.floor((article.length * (i + 1)) / 21));
    const result = stream(article, cuts);
    expect(result.ok).toBe(true);
    expect(result.ok && result.batches).toBeGreaterThan(5);
    expect(JSON.parse(text).events.length).toBeGreaterThan(5);
  });

  it.each([
    ['a trailing comma in events', '{"events":[1,]}'],
    ['a leading comma in events', '{"events":[,1]}'],
    ['two events keys', '{"events":[1],"events":[2]}'],
    ['events that is not an array', '{"events":{"a":[1]}}'],
    ['an unclosed document', '{"events":[1,2'],
    ['a top-level array', '[["events",[1]]]'],
    ['no events at all', '{"source":{}}'],
    ['broken JSON inside an event', '{"events":[{"a":tru}]}'],
    ['two byte-order marks', '\ufeff\ufeff{"events":[]}'],
  ])('leaves %s to an ordinary parse', (_, text) => {
    expect(stream(encode(text))).toEqual({ ok: false });
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(stream(Uint8Array.from([...encode('{"events":["'), 0xff, ...encode('"]}')]))).toEqual({
      ok: false,
    });
  });

  it('reads escaped quotes, backslashes and an escaped "events" key', () => {
    const text = '\ufeff{"\\u0065vents" : [ "a\\"]b\\\\" , {"x":"}\\\\"} ,3,null ] , "tail":"[{"}';
    expect(stream(encode(text), [3, 9, 14, 15, 16, 30])).toEqual({
      ok: true,
      value: { tail: '[{', events: ['a"]b\\', { x: '}\\' }, 3, null] },
      batches: expect.any(Number),
    });
  });

  it('gives what JSON.parse gives for any document, cut anywhere', () => {
    const document = fc.record(
      {
        version: fc.jsonValue(),
        events: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
        source: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: ['events'] },
    );
    fc.assert(
      fc.property(
        document,
        fc.constantFrom(undefined, 1, '\t'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (doc, indent, cuts) => {
          const bytes = encode(JSON.stringify(doc, null, indent));
          const result = stream(bytes, cuts);
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.value).toEqual(JSON.parse(JSON.stringify(doc)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never accepts text that JSON.parse rejects, nor reads it differently', () => {
    // Mutations of a small valid document: most are not JSON, some are and differ.
    const base = '{"version":1,"events":[{"id":"a","q":"x,y]"},[1,2],"s"],"source":{"t":"events"}}';
    const mutated = fc
      .tuple(fc.nat({ max: base.length }), fc.nat({ max: 3 }), fc.string({ maxLength: 3 }))
      .map(([at, remove, insert]) => base.slice(0, at) + insert + base.slice(at + remove));
    fc.assert(
      fc.property(mutated, fc.array(fc.nat(), { maxLength: 4 }), (text, cuts) => {
        expectNoOtherReading(text, cuts);
      }),
      { numRuns: 2000 },
    );
  });

  describe('compact documents, cut where each next event begins with its id', () => {
    it('reads events whose nested arrays hold objects that also begin with an id', () => {
      // Each `},{"id":` inside "parts" is a false cut: the slice before it is not JSON.
      const text = JSON.stringify({
        events: [
          { id: 'a', parts: [{ id: 1 }, { id: 2 }, { id: 3 }] },
          { id: 'b', note: '},{"id":' },
          { id: 'c', parts: [[{ id: 4 }, { id: 5 }]] },
          { title: 'no id first' },
          { id: 'd' },
        ],
        version: 1,
      });
      expect(text).toContain('}]},{"id":"b"');
      for (const cuts of [[], [text.length >> 1], [17, 40, 41, 42, 90]])
        expect(stream(encode(text), cuts)).toMatchObject({ ok: true, value: JSON.parse(text) });
    });

    it('gives what JSON.parse gives for any compact document, cut anywhere', () => {
      const leaf = fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom('},{"id":', '}', '"', '\\'),
        fc.integer(),
      );
      const nested = fc.letrec((tie) => ({
        value: fc.oneof(
          { depthSize: 'small' },
          leaf,
          fc.array(tie('object'), { maxLength: 3 }),
          tie('object'),
        ),
        object: fc.record({ id: leaf, more: tie('value') }, { requiredKeys: ['id'] }),
      }));
      const event = fc.oneof(nested.object, fc.jsonValue({ maxDepth: 2 }));
      fc.assert(
        fc.property(
          fc.array(event, { maxLength: 8 }),
          fc.array(fc.nat(), { maxLength: 6 }),
          (events, cuts) => {
            // After the events, an array whose objects begin with ids too: a cut there is never an event's end.
            const text = JSON.stringify({ events, actors: [{ id: 'a' }, { id: 'b' }] });
            const bytes = encode(text);
            const result = stream(bytes, cuts);
            expect(result).toMatchObject({ ok: true, value: JSON.parse(text) });
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('never accepts a compact text that JSON.parse rejects, nor reads it differently', () => {
      const base =
        '{"events":[{"id":"a","p":[{"id":1},{"id":2}]},{"id":"b","s":"},{\\"id\\":"},{"id":3}],"v":1}';
      expect(JSON.parse(base).events).toHaveLength(3);
      const mutated = fc
        .tuple(
          fc.nat({ max: base.length }),
          fc.nat({ max: 3 }),
          fc.constantFrom('', '}', '{', ',', '"', ']', '},{"id":', 'x'),
        )
        .map(([at, remove, insert]) => base.slice(0, at) + insert + base.slice(at + remove));
      fc.assert(
        fc.property(mutated, fc.array(fc.nat(), { maxLength: 3 }), (text, cuts) => {
          expectNoOtherReading(text, cuts);
        }),
        { numRuns: 2000 },
      );
    });
  });

  it('says whether a batch could hold a lone surrogate', () => {
    const seen: boolean[] = [];
    const parser = new EventsJsonStream({ onEvents: (_, wellFormed) => seen.push(wellFormed) });
    parser.push(encode('{"events":["\\u0041\\u00e9 مرحبا",'));
    parser.push(encode('"\\ud83d\\ude00"]}'));
    expect(parser.finish().ok).toBe(true);
    // The pair is well formed, but only a look at the strings could tell: the walk is kept for it.
    expect(seen).toEqual([true, false]);
  });

  it('never calls a batch well formed when a string in it holds a lone surrogate, wherever the bytes are cut', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('\ud800', 'a\udfff', '\ud83d\ude00', '\\ud800', '\\', 'x\udbff\\'),
    );
    const event = fc.record({ id: text, title: fc.array(text, { maxLength: 3 }) });
    let lone = 0;
    fc.assert(
      fc.property(fc.array(event, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), (events, cuts) => {
        const bytes = encode(JSON.stringify({ events }));
        const batches: { events: unknown[]; wellFormed: boolean }[] = [];
        const parser = new EventsJsonStream({
          onEvents: (batch, wellFormed) => batches.push({ events: batch, wellFormed }),
        });
        pushInPieces(parser, bytes, cuts);
        expect(parser.finish().ok).toBe(true);
        for (const batch of batches) {
          const broken = stringsOf(batch.events).some((string) => LONE_SURROGATE.test(string));
          if (broken) lone++;
          if (broken) expect(batch.wellFormed).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
    // The property was put to the test: batches with a lone surrogate did come by.
    expect(lone).toBeGreaterThan(50);
  });

  it("shows the document's head as soon as its events begin", () => {
    const heads: unknown[] = [];
    const parser = new EventsJsonStream({ onEvents: () => {}, onHead: (head) => heads.push(head) });
    parser.push(encode('{"source":{"text":"a.txt"},"events":[{"id":'));
    expect(heads).toEqual([{ source: { text: 'a.txt' }, events: [] }]);
    parser.push(encode('"x"}],"more":1}'));
    expect(parser.finish()).toEqual({
      ok: true,
      envelope: { source: { text: 'a.txt' }, events: [], more: 1 },
    });
    expect(heads).toHaveLength(1);
  });
});
