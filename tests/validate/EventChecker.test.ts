/**
 * Events the stream has just parsed are "owned" (EventChecker.add's third argument): one with
 * no field beyond the format's is kept as the typed event instead of copied. Owned or not,
 * the document and its problems must be the same, and unknown fields are never forwarded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../bench/generate.ts';
import type { ValidationResult } from '../../src/types.ts';
import { checkEnvelope } from '../../src/validate/checkEnvelope.ts';
import { EventChecker } from '../../src/validate/EventChecker.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';

const article = readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8');
const articleText = readFileSync(
  new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url),
  'utf8',
);

type Json = Record<string, unknown>;

/** As the element validates a streamed document: the envelope alone, then each event, freshly parsed. */
function checkOneByOne(json: string, sourceText: string, owned: boolean): ValidationResult {
  const { events, ...rest } = JSON.parse(json) as { events: unknown[] };
  const envelope = checkEnvelope({ ...rest, events: [] });
  if (!envelope.ok) throw new Error('the envelope does not pass');
  const checker = new EventChecker();
  for (const event of events) checker.add(event, false, owned);
  return checker.finish(envelope, { sourceText });
}

/** The article with `edit` applied to its first event that has a basis, a place and several participants. */
function editedArticle(edit: (event: Json) => void): string {
  const doc = JSON.parse(article) as { events: Json[] };
  const event = doc.events.find(
    (candidate) =>
      (candidate.time as Json).basis !== undefined &&
      candidate.place !== undefined &&
      (candidate.participants as unknown[]).length > 1,
  );
  if (!event) throw new Error('the article has no event with a basis, a place and several participants');
  edit(event);
  return JSON.stringify(doc);
}

describe('EventChecker, on owned events', () => {
  it('give the same document and problems as copies, for 1,000 generated events', () => {
    const { document, sourceText } = generateDocument(1000, 20260207);
    const json = JSON.stringify(document);
    const copied = validateDocument(JSON.parse(json), { sourceText });
    expect(copied.document?.events).toHaveLength(1000);
    expect(checkOneByOne(json, sourceText, true)).toEqual(copied);
  });

  it('give the same document and problems as copies, for the article', () => {
    expect(checkOneByOne(article, articleText, true)).toEqual(
      validateDocument(JSON.parse(article), { sourceText: articleText }),
    );
  });

  const marker = 'UNKNOWN-FIELD-MARKER';
  const places: [string, (event: Json) => Json][] = [
    ['the event', (event) => event],
    ['its title', (event) => event.title as Json],
    ['its attribution', (event) => event.attribution as Json],
    ['its place', (event) => event.place as Json],
    ['its second participant', (event) => (event.participants as Json[])[1]!],
    ['its time', (event) => event.time as Json],
    ['its time’s basis', (event) => (event.time as Json).basis as Json],
    ['its first quote', (event) => (event.quotes as Json[])[0]!],
  ];

  it.each(places)('an unknown field in %s is not forwarded, and the rest is as without it', (_, at) => {
    const withField = editedArticle(
      (event) => (at(event).extra = { html: `<img src=x onerror=alert(1)> ${marker}` }),
    );
    const result = checkOneByOne(withField, articleText, true);
    expect(JSON.stringify(result)).not.toContain(marker);
    expect(result).toEqual(checkOneByOne(article, articleText, true));
  });

  it('a "__proto__" field is not forwarded and changes no prototype', () => {
    const withProto = editedArticle(() => undefined).replace(
      '"title":{',
      `"__proto__":{"polluted":"${marker}"},"title":{`,
    );
    expect(withProto).toContain('__proto__');
    const result = checkOneByOne(withProto, articleText, true);
    expect(JSON.stringify(result)).not.toContain(marker);
    expect(({} as Json).polluted).toBeUndefined();
    for (const event of result.document!.events) expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(result).toEqual(checkOneByOne(article, articleText, true));
  });

  it('an enumerable field added to Object.prototype by the page does not make events keep it', () => {
    const prototype = Object.prototype as Json;
    prototype.injected = marker;
    try {
      const result = checkOneByOne(article, articleText, true);
      for (const event of result.document!.events) expect(Object.keys(event)).not.toContain('injected');
      expect(JSON.stringify(result)).not.toContain(marker);
    } finally {
      delete prototype.injected;
    }
  });

  it('a day that does not exist is the same problem, owned or copied', () => {
    const impossible = editedArticle((event) => {
      (event.time as Json).start = '2026-02-30';
    });
    const owned = checkOneByOne(impossible, articleText, true);
    expect(owned.problems.map((problem) => problem.message)).toContain(
      '"2026-02-30" is not a real calendar date',
    );
    expect(owned).toEqual(checkOneByOne(impossible, articleText, false));
  });

  it('turns dates into calendar dates in the event kept', () => {
    const { document } = checkOneByOne(article, articleText, true);
    const dated = document!.events.find((event) => event.time.start !== undefined)!;
    expect(dated.time.start).toEqual({
      year: expect.any(Number) as number,
      month: expect.any(Number) as number,
      day: expect.any(Number) as number,
    });
  });
});
